import { expect, it } from 'vitest';
import { countScanAlerts, getMetrics } from './metrics.ts';

async function alertsBySeverity(): Promise<Record<string, number>> {
  const { values } = await getMetrics().scanAlerts.get();
  return Object.fromEntries(values.map((value) => [String(value.labels.severity), value.value]));
}

it('counts a scan’s alerts by severity into tandem_scan_alerts_total', async () => {
  const before = await alertsBySeverity();
  countScanAlerts([{ severity: 'high' }, { severity: 'high' }, { severity: 'low' }]);
  countScanAlerts([]);
  const after = await alertsBySeverity();
  expect((after.high ?? 0) - (before.high ?? 0)).toBe(2);
  expect((after.low ?? 0) - (before.low ?? 0)).toBe(1);
  expect((after.medium ?? 0) - (before.medium ?? 0)).toBe(0);
  const text = await getMetrics().registry.metrics();
  expect(text).toMatch(/tandem_scan_alerts_total\{severity="high"\} \d+/);
});
