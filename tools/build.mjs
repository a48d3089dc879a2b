// Compiles every TypeScript source (apps, libs, projections) into dist/ with SWC, rewriting the
// @era/* path aliases to relative requires so that plain `node` runs the output. Test-only code is
// left out: specs, `testing/` folders, fixtures and fakes, and the projects tagged type:testing.
import { transformFile } from '@swc/core';
import { existsSync, readFileSync, mkdirSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const swcrc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
const { paths } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;
const out = join(root, 'dist');

const TEST_ONLY_FILE = /(\.spec\.ts|\.d\.ts|fixtures\.ts|\.fake\.ts)$/;

function isTestingProject(dir) {
  const project = join(dir, 'project.json');
  return existsSync(project) && (JSON.parse(readFileSync(project, 'utf8')).tags ?? []).includes('type:testing');
}

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules' && name !== 'testing' && !isTestingProject(path)) yield* sources(path);
    } else if (path.endsWith('.ts') && !TEST_ONLY_FILE.test(path)) {
      yield path;
    }
  }
}

const aliasTargets = Object.fromEntries(Object.entries(paths).map(([alias, [target]]) => [alias, join(out, target.replace(/\.ts$/, '.js'))]));

function rewriteAliases(code, outFile) {
  return code.replace(/require\("(@era\/[\w/-]+)"\)/g, (whole, alias) => {
    const target = aliasTargets[alias];
    if (!target) return whole;
    let rel = relative(dirname(outFile), target);
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `require(${JSON.stringify(rel)})`;
  });
}

const files = ['apps', 'libs', 'projections'].flatMap((top) => [...sources(join(root, top))]);
const built = new Map();
await Promise.all(
  files.map(async (file) => {
    const outFile = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    const { code, map } = await transformFile(file, { ...swcrc, swcrc: false, sourceMaps: true, outputPath: outFile });
    const output = rewriteAliases(code, outFile);
    built.set(outFile, output);
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, `${output}\n//# sourceMappingURL=${outFile.split('/').pop()}.map\n`);
    if (map) writeFileSync(`${outFile}.map`, map);
  }),
);

// What ships must not need what was left out: a require of a file not built here fails the build, not a run.
const missing = [...built].flatMap(([outFile, code]) =>
  [...code.matchAll(/require\("(\.{1,2}\/[^"]*|@era\/[^"]*)"\)/g)]
    .map(([, request]) => (request.startsWith('@era/') ? request : resolve(dirname(outFile), request)))
    .filter((target) => target.startsWith('@era/') || ![target, `${target}.js`, join(target, 'index.js')].some((candidate) => built.has(candidate)))
    .map((target) => `${relative(root, outFile)} requires ${target.startsWith('@era/') ? target : relative(root, target)}, which is not built`),
);
if (missing.length > 0) {
  console.error(missing.join('\n'));
  process.exit(1);
}
console.error(`built ${files.length} files into ${relative(process.cwd(), out) || '.'}`);
