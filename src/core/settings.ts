/** Workspace settings as data, with the defaults a new workspace starts with. */
export interface WorkspaceSettings {
  /** 1 = January. */
  fiscalYearStartMonth: number;
  currency: string;
  /** Target mean weeks between false alarms per indicator and scope (ARL0); 104 = about one per two years. */
  falseAlarmWeeks: number;
  /** Indicators the scan watches; keys are defined by the engine. Empty = the engine's defaults. */
  watchedIndicators: string[];
  /** Scopes with fewer deals per quarter than this are pooled into their parent. */
  minDealsPerQuarter: number;
}

export const DEFAULT_SETTINGS: WorkspaceSettings = {
  fiscalYearStartMonth: 1,
  currency: 'EUR',
  falseAlarmWeeks: 104,
  watchedIndicators: [],
  minDealsPerQuarter: 8,
};

/** Fills what a stored settings object lacks with defaults, so older workspaces pick up new settings. */
export function withDefaultSettings(stored: Partial<WorkspaceSettings>): WorkspaceSettings {
  return { ...DEFAULT_SETTINGS, ...stored };
}
