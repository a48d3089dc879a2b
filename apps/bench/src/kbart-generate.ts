import { generateKbartFile } from './kbart-file';

/**
 * Writes the bench's synthetic KBART file for a manual run (`era kbart import`):
 * `node dist/apps/bench/src/kbart-generate.js OUT.txt [ROWS]` (ROWS default BENCH_KBART_ROWS, else 500,000).
 */
async function main(): Promise<void> {
  const [out, rowsArgument] = process.argv.slice(2);
  if (!out) throw new Error('usage: kbart-generate OUT.txt [ROWS]');
  const rows = Math.round(Number((rowsArgument ?? process.env.BENCH_KBART_ROWS ?? '500000').replace(/_/g, '')));
  if (!Number.isFinite(rows) || rows <= 0) throw new Error(`ROWS must be a positive number, got ${rowsArgument}`);
  const file = await generateKbartFile(out, rows);
  console.log(`${file.rows.toLocaleString('en-US')} rows, ${file.bytes.toLocaleString('en-US')} bytes written to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
