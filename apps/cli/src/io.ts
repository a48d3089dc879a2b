/** Where a command writes: results to `out` (what a script captures), progress, warnings and errors to `err`. */
export interface CliIo {
  /** Writes one line (or several, already joined) of results to stdout. */
  out(text: string): void;
  /** Writes one line of progress, warnings or errors to stderr. */
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => void process.stdout.write(`${text}\n`),
  err: (text) => void process.stderr.write(`${text}\n`),
};

export const ExitCode = {
  ok: 0,
  /** Bad usage, bad configuration, unreachable store, unknown projection, … */
  error: 1,
  /** `verify` found the log altered. */
  tampered: 2,
  /** Stopped by Ctrl-C (SIGINT) before finishing. */
  interrupted: 130,
} as const;
