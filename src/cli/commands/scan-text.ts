/** The plain-text output of `tandem scan` and `tandem forecast`: one line per alert or target. */
type Names = Partial<Record<'product' | 'segment' | 'region' | 'team' | 'owner', string>>;

function describe(scope: Names): string {
  return Object.values(scope).join(' · ') || 'All';
}

function formatAmount(value: number, measure: string): string {
  if (measure !== 'bookings') return value.toFixed(0);
  return `€${Math.round(value / 100).toLocaleString('en-US')}`;
}

export function formatScanLines(report: {
  asOf: string;
  alerts: Array<{
    severity: string;
    kind: string;
    scope: Names;
    indicator: string;
    changePct: number | null;
    firstDetected: string;
    forecast: { pMiss: number } | null;
  }>;
}): string[] {
  if (report.alerts.length === 0) return [`No alerts as of ${report.asOf}.`];
  return report.alerts.map((alert) => {
    const change = alert.changePct === null ? '' : ` ${alert.changePct > 0 ? '+' : ''}${alert.changePct} %`;
    const risk = alert.forecast ? `, P(miss) ${Math.round(alert.forecast.pMiss * 100)} %` : '';
    return `${alert.severity.padEnd(6)} ${describe(alert.scope)}: ${alert.indicator}${change} (since ${alert.firstDetected}${risk})`;
  });
}

export function formatForecastLines(report: {
  asOf: string;
  forecasts: Array<{
    scope: Names;
    period: string;
    measure: string;
    target: number;
    p10: number;
    p50: number;
    p90: number;
    pMiss: number;
  }>;
}): string[] {
  if (report.forecasts.length === 0)
    return [`No targets for this period as of ${report.asOf}: import targets first.`];
  return report.forecasts.map(
    (item) =>
      `${item.period} ${describe(item.scope)} ${item.measure}: P50 ${formatAmount(item.p50, item.measure)} ` +
      `(P10 ${formatAmount(item.p10, item.measure)} – P90 ${formatAmount(item.p90, item.measure)}) ` +
      `vs target ${formatAmount(item.target, item.measure)}, P(miss) ${Math.round(item.pMiss * 100)} %`,
  );
}
