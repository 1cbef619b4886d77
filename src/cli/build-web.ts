/** Builds the SPA when dist/web is missing or older than any source file under web/ (so `npm start` stays fast). */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILT_INDEX = join(ROOT, 'dist/web/index.html');
const SOURCES = ['web', 'src/contract', 'src/core', 'vite.config.ts', 'package.json'];

function newestModification(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, entry) => Math.max(newest, newestModification(join(path, entry))),
    stat.mtimeMs,
  );
}

export function isWebBuildStale(): boolean {
  if (!existsSync(BUILT_INDEX)) return true;
  const builtAt = statSync(BUILT_INDEX).mtimeMs;
  return SOURCES.some((source) => newestModification(join(ROOT, source)) > builtAt);
}

export async function buildWebIfNeeded(log: (line: string) => void): Promise<void> {
  if (!isWebBuildStale()) return;
  log('Building the web app (first start or sources changed) …');
  const { build } = await import('vite');
  // The config's root is web/, relative to the working directory: pin it so tests run from anywhere build.
  await build({ root: join(ROOT, 'web'), configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
}
