/**
 * The 1–5 frequency scale. Each anchor names a range of the rep's lost deals, so that a scale answer can be read
 * as a share estimate (the range's midpoint) without pretending to more precision than the rep gave: "often"
 * means 40–60 % to everyone who reads the form.
 */
import type { LocalizedText } from './types.ts';

export interface ScaleAnchor {
  value: 1 | 2 | 3 | 4 | 5;
  label: LocalizedText;
  /** The range of lost deals the anchor names, as shares 0–1. */
  lowShare: number;
  highShare: number;
}

export const SCALE_ANCHORS: readonly ScaleAnchor[] = [
  {
    value: 1,
    label: { de: 'Nie oder fast nie (unter 5 %)', en: 'Never or almost never (under 5 %)' },
    lowShare: 0,
    highShare: 0.05,
  },
  { value: 2, label: { de: 'Selten (5–20 %)', en: 'Rarely (5–20 %)' }, lowShare: 0.05, highShare: 0.2 },
  { value: 3, label: { de: 'Manchmal (20–40 %)', en: 'Sometimes (20–40 %)' }, lowShare: 0.2, highShare: 0.4 },
  { value: 4, label: { de: 'Oft (40–60 %)', en: 'Often (40–60 %)' }, lowShare: 0.4, highShare: 0.6 },
  {
    value: 5,
    label: { de: 'Fast immer (über 60 %)', en: 'Almost always (over 60 %)' },
    lowShare: 0.6,
    highShare: 1,
  },
];

/** The share estimate a scale answer stands for: the midpoint of its anchor's range. */
export function estimateShareFromScale(anchor: ScaleAnchor): number {
  return (anchor.lowShare + anchor.highShare) / 2;
}
