import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { CampaignDetail } from '../../../../src/contract/campaigns.ts';
import type { BriefContent } from '../../../../src/core/brief/types.ts';
import { ApiError } from '../../api/client.ts';
import { Card } from '../../ui/Card.tsx';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { QueryState } from '../../ui/States.tsx';
import { useCan } from '../auth/session.tsx';
import { campaignWrites, useCampaign, useCampaignAction } from './api.ts';
import { BriefEditor } from './BriefEditor.tsx';
import { CommentsCard, VersionsCard } from './BriefHistory.tsx';
import { ImpactCard, TrackingCard } from './ImpactCards.tsx';
import { RecordedCard } from './RecordedCard.tsx';
import { useLocale } from './use-locale.ts';
import './campaigns.css';

function LaunchForm({ detail }: { detail: CampaignDetail }) {
  const { t } = useTranslation('campaigns');
  const id = detail.campaign.id;
  const [startOn, setStartOn] = useState(detail.brief?.timeline.startOn.value ?? '');
  const [endOn, setEndOn] = useState(detail.brief?.timeline.endOn.value ?? '');
  const launch = useCampaignAction(id, campaignWrites(id).launch);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    launch.mutate({ startOn, endOn });
  };
  return (
    <form className="form-row launch-form" onSubmit={submit}>
      {launch.isError ? <div className="notice notice-danger">{launch.error.message}</div> : null}
      <div className="field">
        <label htmlFor="launch-start">{t('startOn')}</label>
        <input
          id="launch-start"
          className="input"
          type="date"
          value={startOn}
          onChange={(e) => setStartOn(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="launch-end">{t('endOn')}</label>
        <input
          id="launch-end"
          className="input"
          type="date"
          value={endOn}
          onChange={(e) => setEndOn(e.target.value)}
        />
      </div>
      <button type="submit" className="btn btn-primary" disabled={launch.isPending}>
        {t('launch')}
      </button>
    </form>
  );
}

/** The server's message, and for a bad edit each field it names ("body.brief.budgetCents.value: …"). */
function ErrorNotice({ error }: { error: Error }) {
  const details = error instanceof ApiError ? error.details : [];
  return (
    <div className="notice notice-danger" role="alert">
      {error.message}
      {details.length > 0 ? (
        <ul>
          {details.map((detail) => (
            <li key={`${detail.field}:${detail.message}`}>
              {detail.field ? <code>{detail.field.replace(/^body\.brief\./, '')}</code> : null}{' '}
              {detail.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

function Actions({
  detail,
  draft,
  canEdit,
}: {
  detail: CampaignDetail;
  draft: BriefContent | null;
  canEdit: boolean;
}) {
  const { t } = useTranslation('campaigns');
  const locale = useLocale();
  const { campaign } = detail;
  const writes = campaignWrites(campaign.id);
  const save = useCampaignAction(campaign.id, writes.save);
  const approve = useCampaignAction(campaign.id, writes.approve);
  const recompute = useCampaignAction(campaign.id, writes.recompute);
  const isDraft = campaign.status === 'draft';
  const error = save.error ?? approve.error ?? recompute.error;
  return (
    <Card>
      {error ? <ErrorNotice error={error} /> : null}
      {save.data ? <div className="notice">{t('saved', { version: save.data.version })}</div> : null}
      {recompute.data ? (
        <div className="notice">
          {recompute.data.changes.length > 0
            ? t('recomputed', { count: recompute.data.changes.length })
            : t('unchanged')}
        </div>
      ) : null}
      <div className="campaign-actions">
        <span className="chip">{t(`status.${campaign.status}`)}</span>
        {detail.version ? <span className="muted">{t('version', { version: detail.version })}</span> : null}
        {campaign.approvedByName ? (
          <span className="muted">
            {t('approvedBy', { name: campaign.approvedByName, version: campaign.approvedVersion })}
          </span>
        ) : null}
        {detail.brief ? (
          <>
            <a
              className="btn btn-ghost"
              href={`/api/campaigns/${campaign.id}/brief.md?locale=${locale}`}
              download
            >
              {t('exportMd')}
            </a>
            <a
              className="btn btn-ghost"
              href={`/api/campaigns/${campaign.id}/brief.pdf?locale=${locale}`}
              download
            >
              {t('exportPdf')}
            </a>
            <Link className="btn btn-ghost" to={`/campaigns/${campaign.id}/print`}>
              {t('print')}
            </Link>
          </>
        ) : null}
        {canEdit && draft && isDraft ? (
          <>
            <button
              type="button"
              className="btn"
              disabled={save.isPending}
              onClick={() => detail.version && save.mutate({ baseVersion: detail.version, brief: draft })}
            >
              {t('save')}
            </button>
            <button type="button" className="btn btn-ghost" onClick={() => recompute.mutate(undefined)}>
              {t('recompute')}
            </button>
            <button
              type="button"
              className="btn btn-primary"
              disabled={approve.isPending}
              onClick={() => approve.mutate(undefined)}
            >
              {t('approve')}
            </button>
          </>
        ) : null}
      </div>
      {canEdit && isDraft ? <p className="muted">{t('approvalRule')}</p> : null}
      {canEdit && campaign.status === 'approved' ? <LaunchForm detail={detail} /> : null}
      {!canEdit ? <p className="muted">{t('readOnly')}</p> : null}
    </Card>
  );
}

function CampaignView({ detail }: { detail: CampaignDetail }) {
  const canEdit = useCan('campaigns', 'write');
  const [draft, setDraft] = useState<BriefContent | null>(detail.brief);
  useEffect(() => setDraft(detail.brief), [detail.brief]);
  const isEditable = canEdit && detail.campaign.status === 'draft';
  return (
    <>
      <PageHeader title={draft?.title.value ?? detail.campaign.name} lead={detail.campaign.scopeLabel} />
      <Actions detail={detail} draft={draft} canEdit={canEdit} />
      {draft ? (
        <BriefEditor
          brief={draft}
          isReadOnly={!isEditable}
          owners={detail.owners}
          onEdit={(change) => setDraft((current) => (current ? change(current) : current))}
        />
      ) : null}
      {detail.recorded ? <RecordedCard recorded={detail.recorded} /> : null}
      <TrackingCard detail={detail} />
      <ImpactCard detail={detail} canEdit={canEdit} />
      {detail.brief ? <VersionsCard detail={detail} /> : null}
      <CommentsCard id={detail.campaign.id} />
    </>
  );
}

export function CampaignPage() {
  const id = Number(useParams().id);
  const query = useCampaign(id);
  return <QueryState query={query}>{(detail) => <CampaignView detail={detail} />}</QueryState>;
}
