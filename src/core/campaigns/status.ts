/**
 * A campaign's life: `draft` (marketing edits the brief) → `approved` (the marketing lead signed a version off;
 * any edit withdraws it) → `running` (launched with start, end and scope) → `completed` (end passed, or recorded
 * as past). Only `approved` may be launched.
 */
export const CAMPAIGN_STATUSES = ['draft', 'approved', 'running', 'completed'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export function toCampaignStatus(value: string): CampaignStatus {
  return CAMPAIGN_STATUSES.find((status) => status === value) ?? 'draft';
}
