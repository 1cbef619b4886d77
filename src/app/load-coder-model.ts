/**
 * The workspace's barrier coder: the lexicon plus a naive-Bayes model trained on marketing's confirmed labels
 * (relabels). For each text source (a deal's lost reason, an answer) the latest label wins, so a corrected label
 * replaces the one before it instead of training both.
 */
import { type BarrierModel, trainBarrierModel } from '../core/coding/code-text.ts';
import type { Storage, TextLabelRecord } from '../storage/port.ts';

export interface CoderModel {
  model: BarrierModel | null;
  /** The labels in force, by `source:sourceId` (labels without a source id are keyed by their own id). */
  labels: Map<string, TextLabelRecord>;
}

export function labelKey(label: Pick<TextLabelRecord, 'source' | 'sourceId'>): string {
  return `${label.source}:${label.sourceId}`;
}

export async function loadCoderModel(storage: Storage, workspaceId: number): Promise<CoderModel> {
  const labels = new Map<string, TextLabelRecord>();
  // Oldest first: a later label of the same source overwrites.
  for (const label of await storage.textLabels.list(workspaceId)) {
    labels.set(label.sourceId === null ? `label:${label.id}` : labelKey(label), label);
  }
  const model = labels.size > 0 ? trainBarrierModel([...labels.values()]) : null;
  return { model, labels };
}
