/** A request's diagnosis (DESIGN §5): read it, and recompute it on marketing's demand. */
import { diagnoseRequest } from '../../app/diagnose-request.ts';
import { getDiagnosis } from '../../app/get-diagnosis.ts';
import { recordAudit } from '../../app/record-audit.ts';
import { idParamsSchema } from '../../contract/accounts.ts';
import { diagnosisPageSchema } from '../../contract/diagnoses.ts';
import { defineRoute } from '../route.ts';
import { todayIso } from '../today.ts';

const tags = ['diagnoses'];

export const diagnosisRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/requests/:id/diagnosis',
    permission: { resource: 'diagnoses', action: 'read' },
    summary: "A request's diagnosis: ranked barriers with intervals and evidence, stage, confidence, verdict",
    tags,
    params: idParamsSchema,
    response: diagnosisPageSchema,
    async handler({ ctx, principal, params }) {
      return getDiagnosis({
        storage: ctx.storage,
        workspaceId: principal.workspaceId,
        requestId: params.id,
        today: todayIso(),
      });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/requests/:id/diagnosis',
    permission: { resource: 'diagnoses', action: 'write' },
    summary: "Recompute a request's diagnosis from the answers and lost reasons as they are now",
    tags,
    params: idParamsSchema,
    response: diagnosisPageSchema,
    async handler({ ctx, principal, params }) {
      const today = todayIso();
      const { storage } = ctx;
      const workspaceId = principal.workspaceId;
      const record = await diagnoseRequest({ storage, workspaceId, requestId: params.id, today });
      await recordAudit(storage, principal, {
        action: 'compute',
        entity: 'diagnosis',
        entityId: params.id,
        after: { verdict: record.verdict, aidaStage: record.aidaStage, confidence: record.confidence },
      });
      return getDiagnosis({ storage, workspaceId, requestId: params.id, today });
    },
  }),
];
