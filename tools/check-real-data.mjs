// `npm run check:real-data`: parses every EZproxy stanza file in ../shared/data/ezproxy/stanzas/ with the e-resources
// domain's parser (built into dist/ by `npm run build`), prints ok/refused per file with line and reason, and compares
// with what ../shared/data/ezproxy/SOURCES.md says (testdata/invalid and "negative:" rows are expected to be refused,
// the others accepted). Skips, saying why, when ../shared is absent. Exits 1 when a file disagrees with SOURCES.md.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// ../shared beside the checkout; for a git worktree also beside the main checkout; ERA_SHARED_DIR overrides both.
function sharedCandidates() {
  const candidates = [process.env.ERA_SHARED_DIR, resolve(root, '..', 'shared')];
  const git = spawnSync('git', ['rev-parse', '--path-format=absolute', '--git-common-dir'], { cwd: root, encoding: 'utf8' });
  if (git.status === 0 && git.stdout.trim() !== '') candidates.push(resolve(git.stdout.trim(), '..', '..', 'shared'));
  return candidates.filter((c) => c !== undefined && c !== '');
}
const shared = sharedCandidates().find((c) => existsSync(join(c, 'data', 'ezproxy', 'stanzas'))) ?? resolve(root, '..', 'shared');
const data = join(shared, 'data', 'ezproxy');
const stanzasDir = join(data, 'stanzas');
if (!existsSync(stanzasDir)) {
  console.log(`check:real-data skipped: ${stanzasDir} is absent (the shared data sits beside the checkout, not in it)`);
  process.exit(0);
}
const built = join(root, 'dist', 'libs', 'e-resources', 'domain', 'src', 'index.js');
if (!existsSync(built)) {
  console.error(`check:real-data: ${built} is missing; run \`npm run build\` first`);
  process.exit(1);
}
const { parseStanzas, exportStanzas } = createRequire(import.meta.url)(built);

/** file name → 'good' | 'broken', from the SOURCES.md tables (`| stanzas/<file> | <source path> | … | <shows> |`). */
function expectations() {
  const path = join(data, 'SOURCES.md');
  const expected = new Map();
  if (!existsSync(path)) return expected;
  for (const row of readFileSync(path, 'utf8').split('\n')) {
    const cells = row.split('|').map((c) => c.trim());
    if (cells.length < 5 || !cells[1].startsWith('stanzas/')) continue;
    const file = cells[1].slice('stanzas/'.length);
    const broken = cells[2].includes('/invalid/') || cells[cells.length - 2].startsWith('negative');
    expected.set(file, broken ? 'broken' : 'good');
  }
  return expected;
}

const expected = expectations();
let agree = 0;
let disagree = 0;
let unknown = 0;
for (const file of readdirSync(stanzasDir).sort()) {
  const text = readFileSync(join(stanzasDir, file), 'utf8');
  const result = parseStanzas(text);
  const verdict = result.ok ? 'ok' : 'refused';
  const want = expected.get(file);
  const match = want === undefined ? 'not in SOURCES.md' : (want === 'good') === result.ok ? 'as SOURCES.md says' : `SOURCES.md says ${want}`;
  if (want === undefined) unknown++;
  else if (match === 'as SOURCES.md says') agree++;
  else disagree++;
  if (result.ok) {
    // Round trip: the exported fragment parses again to the same titles, URLs and directives.
    const fragment = exportStanzas(result.stanzas.map((s, i) => ({ id: `${file}#${i + 1}`, name: s.title, stanza: s })));
    const again = parseStanzas(fragment);
    const same =
      again.ok &&
      again.stanzas.length === result.stanzas.length &&
      JSON.stringify(again.stanzas.map((s) => s.directives.map((d) => [d.name, d.value])).sort()) ===
        JSON.stringify(result.stanzas.map((s) => s.directives.map((d) => [d.name, d.value])).sort());
    console.log(`${verdict.padEnd(8)} ${file}: ${result.stanzas.length} stanza(s)${same ? ', export round-trips' : ', EXPORT DIFFERS'} (${match})`);
    if (!same) disagree++;
  } else {
    console.log(`${verdict.padEnd(8)} ${file} (${match})`);
    for (const e of result.errors) console.log(`           line ${e.line}: ${e.reason}`);
  }
}
console.log(`check:real-data: ${agree} as SOURCES.md says, ${disagree} disagreeing, ${unknown} not listed`);
process.exit(disagree > 0 ? 1 : 0);
