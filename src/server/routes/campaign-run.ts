import { addCampaignComment, listCampaignComments } from '../../app/add-campaign-comment.ts';
import { evaluateCampaign } from '../../app/evaluate-campaign.ts';
import { exportBrief } from '../../app/export-brief.ts';
import { getCampaignEvaluation } from '../../app/get-campaign-evaluation.ts';
import { launchCampaign } from '../../app/launch-campaign.ts';
import { listLearnings } from '../../app/list-learnings.ts';
import { trackCampaign } from '../../app/track-campaign.ts';
import { idParamsSchema } from '../../contract/accounts.ts';
import {
  asOfQuerySchema,
  campaignCommentListSchema,
  campaignCommentSchema,
  campaignDetailSchema,
  commentBodySchema,
  evaluateBodySchema,
  evaluationResultSchema,
  evaluationViewSchema,
  launchBodySchema,
  learningListSchema,
  learningsQuerySchema,
  localeQuerySchema,
  trackingSchema,
} from '../../contract/campaigns.ts';
import { defineRoute } from '../route.ts';
import { todayIso } from '../today.ts';

const read = { resource: 'campaigns', action: 'read' } as const;
const write = { resource: 'campaigns', action: 'write' } as const;
const tags = ['campaigns'];

/** Comments and export of the brief; the run: launch, tracking, evaluation, learnings. */
export const campaignRunRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/campaigns/:id/comments',
    permission: { resource: 'comments', action: 'read' },
    summary: 'Comments on a campaign brief, oldest first',
    tags,
    params: idParamsSchema,
    response: campaignCommentListSchema,
    async handler({ ctx, principal, params }) {
      return listCampaignComments({
        storage: ctx.storage,
        workspaceId: principal.workspaceId,
        id: params.id,
      });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/campaigns/:id/comments',
    permission: { resource: 'comments', action: 'write' },
    summary: 'Comment on a campaign brief (sales and marketing)',
    tags,
    params: idParamsSchema,
    body: commentBodySchema,
    response: campaignCommentSchema,
    status: 201,
    async handler({ ctx, principal, params, body }) {
      return addCampaignComment({
        storage: ctx.storage,
        actor: principal,
        id: params.id,
        body: body.body,
        at: new Date().toISOString(),
      });
    },
  }),
  ...(['md', 'pdf'] as const).map((extension) =>
    defineRoute({
      method: 'GET',
      url: `/api/campaigns/:id/brief.${extension}`,
      permission: read,
      summary: extension === 'md' ? 'The brief as Markdown' : 'The brief as PDF',
      tags,
      params: idParamsSchema,
      query: localeQuerySchema,
      async handler({ ctx, principal, params, query, reply }) {
        const file = await exportBrief({
          storage: ctx.storage,
          workspaceId: principal.workspaceId,
          id: params.id,
          locale: query.locale ?? principal.locale,
          format: extension === 'md' ? 'markdown' : 'pdf',
        });
        reply.type(file.contentType).header('content-disposition', `attachment; filename="${file.fileName}"`);
        return reply.send(file.body);
      },
    }),
  ),
  defineRoute({
    method: 'POST',
    url: '/api/campaigns/:id/launch',
    permission: write,
    summary: 'Launch an approved campaign with its start and end',
    tags,
    params: idParamsSchema,
    body: launchBodySchema,
    response: campaignDetailSchema,
    async handler({ ctx, principal, params, body }) {
      return launchCampaign({ storage: ctx.storage, actor: principal, id: params.id, ...body });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/campaigns/:id/tracking',
    permission: read,
    summary: 'The campaign’s KPIs week by week against the sibling controls and the forecast',
    tags,
    params: idParamsSchema,
    query: asOfQuerySchema,
    response: trackingSchema,
    async handler({ ctx, principal, params, query }) {
      return trackCampaign({
        storage: ctx.storage,
        workspaceId: principal.workspaceId,
        id: params.id,
        asOf: query.asOf ?? todayIso(),
      });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/campaigns/:id/evaluation',
    permission: read,
    summary: 'The latest impact evaluation (null before the first)',
    tags,
    params: idParamsSchema,
    query: localeQuerySchema,
    response: evaluationResultSchema,
    async handler({ ctx, principal, params, query }) {
      return getCampaignEvaluation({
        storage: ctx.storage,
        workspaceId: principal.workspaceId,
        id: params.id,
        locale: query.locale ?? principal.locale,
      });
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/campaigns/:id/evaluate',
    permission: write,
    summary: 'Evaluate the impact now (difference-in-differences, bootstrap, verdict) and keep the learnings',
    tags,
    params: idParamsSchema,
    body: evaluateBodySchema,
    response: evaluationViewSchema,
    async handler({ ctx, principal, params, body }) {
      return evaluateCampaign({
        storage: ctx.storage,
        actor: principal,
        id: params.id,
        asOf: body.asOf ?? todayIso(),
        locale: body.locale ?? principal.locale,
      });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/learnings',
    permission: read,
    summary: 'What worked before: learnings of evaluated campaigns, matched to a barrier and stage',
    tags,
    query: learningsQuerySchema,
    response: learningListSchema,
    async handler({ ctx, principal, query }) {
      return listLearnings({ storage: ctx.storage, workspaceId: principal.workspaceId, ...query });
    },
  }),
];
