import { CliIo, ExitCode } from './io';

/** A problem the operator can fix (bad option, unknown projection, missing data): printed without a stack trace. */
export class CliError extends Error {
  override readonly name = 'CliError';
}

const debugging = () => process.env.ERA_DEBUG === '1' || process.env.ERA_DEBUG === 'true';

/** Prints an error as one clear line; the stack trace only with ERA_DEBUG=1. */
export function reportError(error: unknown, io: CliIo): void {
  const message = error instanceof Error ? error.message : String(error);
  io.err(`error: ${message}`);
  if (debugging() && error instanceof Error && error.stack) io.err(error.stack);
}

/** Runs a command body, turning any error into a message on stderr and exit code 1. */
export async function guarded(io: CliIo, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    reportError(error, io);
    return ExitCode.error;
  }
}
