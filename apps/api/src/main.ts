import 'reflect-metadata';
import { startService } from './start-service';

startService(process.env, process.argv).catch((error) => {
  console.error(`cannot start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
