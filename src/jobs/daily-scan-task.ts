/**
 * The daily scan as the job runners call it. The scan itself (`runDailyScan` of the engine, issue #5) is wired
 * here once it is merged; until then the job runs, is counted and logged, and scans nothing.
 */
import type { AppContext } from '../app/context.ts';

export async function runDailyScan(ctx: AppContext): Promise<{ workspaces: number }> {
  void ctx;
  return { workspaces: 0 };
}
