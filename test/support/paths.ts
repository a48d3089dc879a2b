import { join, resolve } from 'node:path';

/** The workspace root (test/ lives directly under it). */
export const ROOT = resolve(__dirname, '..', '..');
export const API_MAIN = join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');
export const CLI_MAIN = join(ROOT, 'dist', 'apps', 'cli', 'src', 'main.js');
export const CLI_SOURCE = join(ROOT, 'apps', 'cli', 'src', 'main.ts');
export const BUILD_SCRIPT = join(ROOT, 'tools', 'build.mjs');
