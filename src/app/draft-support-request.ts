/**
 * What the "Request marketing support" form starts with: for an alert, its evidence as it would be frozen today
 * and a title in the caller's language; always the people who can own the request and the scope's choices for a
 * request by hand. Nothing is written.
 */
import type { RequestDraft } from '../contract/requests.ts';
import { addDays, type IsoDate } from '../core/calendar.ts';
import { freezeAlertEvidence } from '../core/requests/evidence.ts';
import { composeRequestTitle } from '../core/requests/request-title.ts';
import type { Principal } from '../server/principal.ts';
import type { Storage } from '../storage/port.ts';
import { isOwnerCandidate, loadPeople, toPersonView } from './request-views.ts';

/** Two weeks: time for one round of questions to sales and a first diagnosis. */
export const DEFAULT_DUE_DAYS = 14;

export async function draftSupportRequest(input: {
  storage: Storage;
  principal: Principal;
  alertId?: number;
  today: IsoDate;
}): Promise<RequestDraft> {
  const { storage, principal, today } = input;
  const workspaceId = principal.workspaceId;
  const dimensions = await storage.dimensions.list(workspaceId);
  const people = [...(await loadPeople(storage, workspaceId)).values()];
  // Marketing first, admins after: an admin owns a request only when standing in.
  const owners = people
    .filter(isOwnerCandidate)
    .sort(
      (a, b) => Number(a.role === 'admin') - Number(b.role === 'admin') || a.name.localeCompare(b.name, 'de'),
    )
    .map(toPersonView);
  const alert = input.alertId === undefined ? null : await storage.alerts.get(workspaceId, input.alertId);
  const evidence = alert ? freezeAlertEvidence({ alert, dimensions, asOf: today }) : null;
  const { currency } = (await storage.workspaces.get(workspaceId)).settings;
  const openRequests = alert ? await storage.requests.listForAlert(workspaceId, alert.id) : [];
  return {
    alertId: alert?.id ?? null,
    alertStatus: alert?.status ?? null,
    title: evidence ? composeRequestTitle({ evidence, locale: principal.locale, currency }) : '',
    evidence,
    openRequestIds: openRequests.map((request) => request.id),
    owners,
    dimensions: {
      products: dimensions.products,
      segments: dimensions.segments,
      regions: dimensions.regions,
    },
    suggestedDueOn: addDays(today, DEFAULT_DUE_DAYS),
  };
}
