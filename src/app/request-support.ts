/**
 * A sales manager asks marketing for support (DESIGN §1 "Request"), in one step from an alert or by hand: the
 * evidence is frozen as of today, the alert moves to `support_requested`, the marketing owner hears of it, and a
 * note becomes the first comment. All in one transaction: a request exists with all of this, or not at all.
 */
import type { CreateRequest } from '../contract/requests.ts';
import { canMoveAlert } from '../core/alerts.ts';
import type { IsoDate } from '../core/calendar.ts';
import { computeBarrierShifts } from '../core/diagnosis/lost-reason-shares.ts';
import { AppError } from '../core/errors.ts';
import { assembleDiagnosisInput } from '../core/requests/assemble-diagnosis-input.ts';
import {
  describeManualEvidence,
  freezeAlertEvidence,
  type RequestEvidence,
} from '../core/requests/evidence.ts';
import { composeRequestTitle } from '../core/requests/request-title.ts';
import { DIMENSION_KEYS, type Dimensions, type Scope } from '../core/types.ts';
import type { Principal } from '../server/principal.ts';
import type { Storage } from '../storage/port.ts';
import { recordComment } from './comment-on-request.ts';
import { recordAudit } from './record-audit.ts';
import { checkMarketingOwner, notifyOwner } from './request-owner.ts';

const DIMENSION_LISTS = {
  product: 'products',
  segment: 'segments',
  region: 'regions',
  team: 'teams',
  owner: 'owners',
} as const;

function checkScope(scope: Scope, dimensions: Dimensions): void {
  const problems = DIMENSION_KEYS.flatMap((key) => {
    const id = scope[key];
    if (id === undefined || dimensions[DIMENSION_LISTS[key]].some((value) => value.id === id)) return [];
    return [{ field: `body.scope.${key}`, value: String(id), message: `no ${key} with this id` }];
  });
  if (problems.length > 0) throw new AppError('VALIDATION', 'The scope names unknown values', problems);
}

/** A request by hand: its scope's lost-reason shifts (now against a year earlier) are all the evidence there is. */
async function describeByHand(storage: Storage, workspaceId: number, scope: Scope, today: IsoDate) {
  const dimensions = await storage.dimensions.list(workspaceId);
  checkScope(scope, dimensions);
  const bare = describeManualEvidence({ scope, dimensions, asOf: today, reasonShifts: [] });
  const assembled = assembleDiagnosisInput({
    evidence: bare,
    today,
    deals: await storage.deals.list(workspaceId),
    dimensions,
    answers: [],
    repUserIds: [],
    codeDeal: (deal) => deal.lostBarrier,
    questions: [],
    coderModel: null,
  });
  const reasonShifts = computeBarrierShifts(assembled.input.lostReasons);
  return describeManualEvidence({ scope, dimensions, asOf: today, reasonShifts });
}

async function freezeFromAlert(storage: Storage, workspaceId: number, alertId: number, today: IsoDate) {
  const alert = await storage.alerts.get(workspaceId, alertId);
  if (alert.status !== 'support_requested' && !canMoveAlert(alert.status, 'support_requested')) {
    throw new AppError(
      'CONFLICT',
      `Alert ${alertId} is ${alert.status}: acknowledge it again before requesting support`,
    );
  }
  const dimensions = await storage.dimensions.list(workspaceId);
  return { alert, evidence: freezeAlertEvidence({ alert, dimensions, asOf: today }) };
}

export async function requestSupport(input: {
  storage: Storage;
  principal: Principal;
  body: CreateRequest;
  today: IsoDate;
  now?: Date;
}): Promise<{ id: number }> {
  const { principal, body, today } = input;
  const workspaceId = principal.workspaceId;
  const createdAt = (input.now ?? new Date()).toISOString();
  return input.storage.transaction(async (tx) => {
    await checkMarketingOwner(tx, workspaceId, body.marketingOwnerId);
    const fromAlert =
      body.alertId === undefined ? null : await freezeFromAlert(tx, workspaceId, body.alertId, today);
    const evidence: RequestEvidence =
      fromAlert?.evidence ?? (await describeByHand(tx, workspaceId, body.scope ?? {}, today));
    const { currency } = (await tx.workspaces.get(workspaceId)).settings;
    const request = await tx.requests.insert(workspaceId, {
      title: body.title ?? composeRequestTitle({ evidence, locale: principal.locale, currency }),
      evidence,
      requestedBy: principal.userId,
      marketingOwnerId: body.marketingOwnerId,
      dueOn: body.dueOn,
      alertIds: fromAlert ? [fromAlert.alert.id] : [],
      createdAt,
    });
    if (fromAlert && fromAlert.alert.status !== 'support_requested') {
      await tx.alerts.setStatus(workspaceId, fromAlert.alert.id, {
        status: 'support_requested',
        reason: `request ${request.id}`,
        userId: principal.userId,
      });
    }
    await recordAudit(tx, principal, {
      action: 'create',
      entity: 'support_request',
      entityId: request.id,
      after: {
        title: request.title,
        status: request.status,
        marketingOwnerId: request.marketingOwnerId,
        dueOn: request.dueOn,
        alertIds: request.alertIds.join(', '),
      },
    });
    if (body.note) await recordComment({ storage: tx, principal, request, body: body.note, createdAt });
    await notifyOwner({ storage: tx, request, by: { userId: principal.userId, name: principal.name } });
    return { id: request.id };
  });
}
