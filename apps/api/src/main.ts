import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { loadConfig } from '@era/platform';
import { createApi, createProjector } from './create-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new Logger('ERA');
  if (config.mode === 'projector') {
    const projector = await createProjector(config);
    await projector.listen(config.port);
    logger.log(`projector running: events ${config.eventStore.kind}, read models ${config.readStore.kind}; /health and /metrics on port ${config.port}`);
    return;
  }
  const app = await createApi(config);
  await app.listen(config.port);
  logger.log(
    `listening on http://localhost:${config.port} (mode ${config.mode}; events ${config.eventStore.kind}, read models ${config.readStore.kind}; ` +
      `data in ${config.dataDir}); API documentation at /docs`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
