/** Builds the web app once before the suite when it is missing or stale, so browser tests drive the real build. */
import { buildWebIfNeeded } from '../src/cli/build-web.ts';

export default async function setup(): Promise<void> {
  await buildWebIfNeeded((line) => console.log(line));
}
