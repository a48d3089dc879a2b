import 'reflect-metadata';
import { Logger, LogLevel } from '@nestjs/common';
import { AppConfig, loadConfig } from '@era/platform';
import { createApi, createProjector } from './create-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = new Logger('ERA');
  const options = { logger: nestLogLevels(config.logLevel) };
  if (config.mode === 'projector') {
    await createProjector(config, options);
    logger.log(`projector running: events ${config.eventStore.kind}, read models ${config.readStore.kind}`);
    return;
  }
  const app = await createApi(config, options);
  await app.listen(config.port);
  logger.log(
    `listening on http://localhost:${config.port} (mode ${config.mode}; events ${config.eventStore.kind}, read models ${config.readStore.kind}; ` +
      `data in ${config.dataDir}); API documentation at /docs`,
  );
}

function nestLogLevels(level: AppConfig['logLevel']): LogLevel[] {
  const levels: LogLevel[] = ['fatal', 'error'];
  if (level === 'error') return levels;
  levels.push('warn');
  if (level === 'warn') return levels;
  levels.push('log');
  return level === 'debug' ? [...levels, 'debug', 'verbose'] : levels;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
