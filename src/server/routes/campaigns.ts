import { approveBrief } from '../../app/approve-brief.ts';
import { getCampaign, listCampaigns } from '../../app/campaign-detail.ts';
import { createBrief } from '../../app/create-brief.ts';
import { diffBriefVersions } from '../../app/diff-brief-versions.ts';
import { recomputeBriefGoal } from '../../app/recompute-brief-goal.ts';
import { updateBrief } from '../../app/update-brief.ts';
import { idParamsSchema } from '../../contract/accounts.ts';
import { toBriefContent } from '../../contract/brief.ts';
import {
  asOfQuerySchema,
  briefDiffSchema,
  campaignDetailSchema,
  campaignListSchema,
  createBriefBodySchema,
  diffQuerySchema,
  recomputeResultSchema,
  updateBriefBodySchema,
} from '../../contract/campaigns.ts';
import { requirePersonId } from '../principal.ts';
import { defineRoute } from '../route.ts';
import { todayIso } from '../today.ts';
import { campaignRunRoutes } from './campaign-run.ts';

const read = { resource: 'campaigns', action: 'read' } as const;
const write = { resource: 'campaigns', action: 'write' } as const;
const tags = ['campaigns'];

/** The brief: created from a diagnosis, edited by marketing as versions, approved by the marketing lead. */
const briefRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/requests/:id/brief',
    permission: write,
    summary: 'Create the campaign brief pre-filled from the request’s diagnosis (or return the existing one)',
    tags,
    params: idParamsSchema,
    body: createBriefBodySchema,
    response: campaignDetailSchema,
    status: 201,
    async handler({ ctx, principal, params, body }) {
      const result = await createBrief({
        storage: ctx.storage,
        actor: principal,
        requestId: params.id,
        locale: body.locale ?? principal.locale,
      });
      return result.detail;
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/campaigns',
    permission: read,
    summary: 'Campaigns, newest first, with status and last verdict',
    tags,
    response: campaignListSchema,
    async handler({ ctx, principal }) {
      return listCampaigns({ storage: ctx.storage, workspaceId: principal.workspaceId });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/campaigns/:id',
    permission: read,
    summary: 'A campaign with its brief, versions and approval',
    tags,
    params: idParamsSchema,
    response: campaignDetailSchema,
    async handler({ ctx, principal, params }) {
      return getCampaign({ storage: ctx.storage, workspaceId: principal.workspaceId, id: params.id });
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/campaigns/:id/brief',
    permission: write,
    summary: 'Save an edited brief as a new version (withdraws an approval)',
    tags,
    params: idParamsSchema,
    body: updateBriefBodySchema,
    response: campaignDetailSchema,
    async handler({ ctx, principal, params, body }) {
      return updateBrief({
        storage: ctx.storage,
        actor: principal,
        id: params.id,
        baseVersion: body.baseVersion,
        brief: toBriefContent(body.brief),
      });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/campaigns/:id/diff',
    permission: read,
    summary: 'What changed between two brief versions',
    tags,
    params: idParamsSchema,
    query: diffQuerySchema,
    response: briefDiffSchema,
    async handler({ ctx, principal, params, query }) {
      return diffBriefVersions({
        storage: ctx.storage,
        workspaceId: principal.workspaceId,
        id: params.id,
        ...query,
      });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/campaigns/:id/recompute',
    permission: write,
    summary: 'Recompute the gap goal with the alert’s latest forecast (edited values stay)',
    tags,
    params: idParamsSchema,
    query: asOfQuerySchema,
    response: recomputeResultSchema,
    async handler({ ctx, principal, params, query }) {
      return recomputeBriefGoal({
        storage: ctx.storage,
        actor: principal,
        id: params.id,
        asOf: query.asOf ?? todayIso(),
      });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/campaigns/:id/approve',
    permission: write,
    summary: 'Approve the current brief version (marketing lead: a marketing or admin user, not a token)',
    tags,
    params: idParamsSchema,
    response: campaignDetailSchema,
    async handler({ ctx, principal, params }) {
      // An unknown id is 404 for anyone allowed to write; only then is a token told it cannot approve.
      await getCampaign({ storage: ctx.storage, workspaceId: principal.workspaceId, id: params.id });
      const userId = requirePersonId(principal);
      return approveBrief({
        storage: ctx.storage,
        actor: { ...principal, userId },
        id: params.id,
        at: new Date().toISOString(),
      });
    },
  }),
];

export const campaignRoutes = [...briefRoutes, ...campaignRunRoutes];
