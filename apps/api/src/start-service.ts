import { INestApplicationContext, Logger, LogLevel } from '@nestjs/common';
import { AppConfig, loadConfig } from '@era/platform';
import { createApi, createProjector } from './create-app';

/**
 * What `node dist/apps/api/src/main.js` does: reads the configuration, refuses an unsafe one (a ConfigurationError
 * saying why), and starts the API listening, or the projector. Tests call it to prove the refusals.
 */
export async function startService(env: NodeJS.ProcessEnv, argv: readonly string[], logger?: LogLevel[] | false): Promise<INestApplicationContext> {
  const config = loadConfig(env, argv);
  const log = new Logger('ERA');
  const options = { logger: logger ?? nestLogLevels(config.logLevel) };
  if (config.mode === 'projector') {
    const projector = await createProjector(config, options);
    log.log(`projector running: events ${config.eventStore.kind}, read models ${config.readStore.kind}`);
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

function nestLogLevels(level: AppConfig['logLevel']): LogLevel[] {
  const levels: LogLevel[] = ['fatal', 'error'];
  if (level === 'error') return levels;
  levels.push('warn');
  if (level === 'warn') return levels;
  levels.push('log');
  return level === 'debug' ? [...levels, 'debug', 'verbose'] : levels;
}
