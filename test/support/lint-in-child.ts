import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './paths';

/**
 * Lints probes with the workspace's own eslint.config.mjs. ESLint loads its (ES module) config with a dynamic
 * import, which jest's sandbox refuses, so one ESLint instance lints every probe in a child node process.
 */
export interface LintMessage {
  ruleId: string | null;
  severity: number;
  message: string;
}

/** Code linted as if it were the file at `path` (relative to the workspace root), without writing it. */
export interface LintProbe {
  path: string;
  code: string;
}

const LINT_IN_CHILD = `
import { ESLint } from 'eslint';
const { texts, files } = JSON.parse(await new Promise((done) => { let s = ''; process.stdin.on('data', (c) => (s += c)).on('end', () => done(s)); }));
const eslint = new ESLint({ cwd: process.cwd() });
const messagesOf = (results) => results.map((r) => ({ filePath: r.filePath, messages: r.messages }));
const textResults = [];
for (const { path, code } of texts) textResults.push(...messagesOf(await eslint.lintText(code, { filePath: path })));
process.stdout.write(JSON.stringify({ texts: textResults, files: messagesOf(await eslint.lintFiles(files)) }));
`;

export async function lintInChild(
  texts: LintProbe[],
  files: string[] = [],
): Promise<{ texts: { messages: LintMessage[] }[]; files: { filePath: string; messages: LintMessage[] }[] }> {
  const running = promisify(execFile)(process.execPath, ['--input-type=module', '-e', LINT_IN_CHILD], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  running.child.stdin?.end(JSON.stringify({ texts: texts.map((p) => ({ ...p, path: join(ROOT, p.path) })), files }));
  return JSON.parse((await running).stdout);
}

export const errorsOf = (messages: LintMessage[], rule?: string) => messages.filter((m) => m.severity === 2 && (rule === undefined || m.ruleId === rule));
