import { parseArgs } from 'node:util';

export interface SoakOptions {
  seconds: number;
  seed: number;
  /** Run only this iteration's seed (as printed with a divergence), once. */
  iterationSeed?: number;
  verbose: boolean;
}

function positiveInteger(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer, got ${JSON.stringify(text)}`);
  return value;
}

/** `--seconds` (default 600), `--seed` (default: random, printed), `--iteration-seed`, `--verbose`. */
export function parseSoakOptions(args: string[]): SoakOptions {
  const { values } = parseArgs({
    args,
    options: { seconds: { type: 'string' }, seed: { type: 'string' }, 'iteration-seed': { type: 'string' }, verbose: { type: 'boolean', default: false } },
  });
  const iterationSeed = values['iteration-seed'];
  return {
    seconds: positiveInteger('seconds', values.seconds, 600),
    seed: positiveInteger('seed', values.seed, 1 + Math.floor(Math.random() * 2 ** 31)),
    ...(iterationSeed !== undefined && { iterationSeed: positiveInteger('iteration-seed', iterationSeed, 1) }),
    verbose: values.verbose ?? false,
  };
}
