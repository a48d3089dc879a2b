// Compiles every TypeScript source (apps, libs, projections) into dist/ with SWC, rewriting the
// @era/* path aliases to relative requires so that plain `node` runs the output.
import { transformFile } from '@swc/core';
import { readFileSync, mkdirSync, writeFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const swcrc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
const { paths } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;
const out = join(root, 'dist');

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'node_modules') yield* sources(path);
    } else if (path.endsWith('.ts') && !path.endsWith('.spec.ts') && !path.endsWith('.d.ts')) {
      yield path;
    }
  }
}

const aliasTargets = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [alias, join(out, target.replace(/\.ts$/, '.js'))]),
);

function rewriteAliases(code, outFile) {
  return code.replace(/require\("(@era\/[\w-]+)"\)/g, (whole, alias) => {
    const target = aliasTargets[alias];
    if (!target) return whole;
    let rel = relative(dirname(outFile), target);
    if (!rel.startsWith('.')) rel = `./${rel}`;
    return `require(${JSON.stringify(rel)})`;
  });
}

const files = ['apps', 'libs', 'projections'].flatMap((top) => [...sources(join(root, top))]);
await Promise.all(
  files.map(async (file) => {
    const outFile = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    const { code, map } = await transformFile(file, { ...swcrc, swcrc: false, sourceMaps: true, outputPath: outFile });
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, `${rewriteAliases(code, outFile)}\n//# sourceMappingURL=${outFile.split('/').pop()}.map\n`);
    if (map) writeFileSync(`${outFile}.map`, map);
  }),
);
console.error(`built ${files.length} files into ${relative(process.cwd(), out) || '.'}`);
