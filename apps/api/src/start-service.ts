import { INestApplicationContext, Logger, LogLevel } from '@nestjs/common';
import { loadConfig } from '@era/platform';
import { createApi, createProjector } from './create-app';

/**
 * What `node dist/apps/api/src/main.js` does: reads the configuration, refuses an unsafe one (a ConfigurationError
 * saying why), and starts the API listening, or the projector. Tests call it to prove the refusals.
 */
export async function startService(env: NodeJS.ProcessEnv, argv: readonly string[], logger?: LogLevel[] | false): Promise<INestApplicationContext> {
  const config = loadConfig(env, argv);
  const log = new Logger('ERA');
  // Without `logger: false`, JSON lines at LOG_LEVEL (see createHttpApplication).
  const options = { logger };
  if (config.mode === 'projector') {
    const projector = await createProjector(config, options);
    await projector.listen(config.port);
    log.log(`projector running: events ${config.eventStore.kind}, read models ${config.readStore.kind}; /health and /metrics on port ${config.port}`);
    return projector;
  }
  const app = await createApi(config, options);
  await app.listen(config.port);
  log.log(
    `listening on http://localhost:${config.port} (mode ${config.mode}; events ${config.eventStore.kind}, read models ${config.readStore.kind}; ` +
      `data in ${config.dataDir}); API documentation at /docs`,
  );
  return app;
}
