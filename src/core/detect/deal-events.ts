/**
 * Deal-based weekly indicators: new opportunities (count and value), win rate, renewal rate, average deal size,
 * cycle time and the share of losses per barrier. Events are dated by creation or close; anything after the
 * grid's last complete week is ignored.
 */
import { daysBetween } from '../calendar.ts';
import type { PipelineDeal } from '../types.ts';
import { DEAL_SLOTS, type EmitEvent, type GridLayout } from './indicator-grids.ts';

/** Emits one deal's events: its creation, and its close (outcome, size, cycle time, coded loss reason). */
export function emitDealEvents(layout: GridLayout, deal: PipelineDeal, emit: EmitEvent): void {
  if (!deal.isRenewal) {
    emit(DEAL_SLOTS.newOpportunities, deal.createdOn, 1, 1);
    emit(DEAL_SLOTS.newOpportunityValue, deal.createdOn, deal.amountCents / 100, 1);
  }
  const closedOn = deal.closedOn;
  if (closedOn === null || deal.outcome === 'open') return;
  const isWon = deal.outcome === 'won' ? 1 : 0;
  emit(deal.isRenewal ? DEAL_SLOTS.renewalRate : DEAL_SLOTS.winRate, closedOn, isWon, 1);
  if (deal.outcome === 'lost' && deal.lostBarrier !== null) {
    emit(DEAL_SLOTS.codedLosses, closedOn, 0, 1);
    const slot = layout.barrierSlots.get(deal.lostBarrier);
    if (slot !== undefined) emit(slot, closedOn, 1, 0);
  }
  if (!isWon || deal.isRenewal) return;
  if (deal.amountCents > 0) emit(DEAL_SLOTS.avgDealSize, closedOn, Math.log(deal.amountCents / 100), 1);
  // +1 day so a same-day close has a finite log.
  emit(DEAL_SLOTS.cycleTime, closedOn, Math.log(1 + Math.max(0, daysBetween(deal.createdOn, closedOn))), 1);
}
