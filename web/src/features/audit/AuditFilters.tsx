import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { UserList } from '../../../../src/contract/users.ts';
import { api } from '../../api/client.ts';
import { auditTexts } from './texts.ts';

export interface AuditFilterValues {
  entity: string;
  action: string;
  userId: string;
  since: string;
  until: string;
}

export const NO_FILTERS: AuditFilterValues = { entity: '', action: '', userId: '', since: '', until: '' };

const ENTITIES = Object.keys(auditTexts.en.entities);
const ACTIONS = Object.keys(auditTexts.en.actions);

export function AuditFilters({
  value,
  onChange,
}: {
  value: AuditFilterValues;
  onChange: (value: AuditFilterValues) => void;
}) {
  const { t } = useTranslation('audit');
  const users = useQuery({ queryKey: ['users', 'list'], queryFn: () => api.get<UserList>('/api/users') });
  const set = (field: keyof AuditFilterValues) => (event: { target: { value: string } }) =>
    onChange({ ...value, [field]: event.target.value });
  return (
    <form className="form-row" onSubmit={(event) => event.preventDefault()} aria-label={t('filters')}>
      <div className="field">
        <label htmlFor="audit-entity">{t('entity')}</label>
        <select id="audit-entity" className="input" value={value.entity} onChange={set('entity')}>
          <option value="">{t('any')}</option>
          {ENTITIES.map((entity) => (
            <option key={entity} value={entity}>
              {t(`entities.${entity}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-action">{t('action')}</label>
        <select id="audit-action" className="input" value={value.action} onChange={set('action')}>
          <option value="">{t('any')}</option>
          {ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`actions.${action}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-user">{t('user')}</label>
        <select id="audit-user" className="input" value={value.userId} onChange={set('userId')}>
          <option value="">{t('any')}</option>
          {users.data?.users.map((user) => (
            <option key={user.id} value={String(user.id)}>
              {user.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="audit-since">{t('since')}</label>
        <input id="audit-since" className="input" type="date" value={value.since} onChange={set('since')} />
      </div>
      <div className="field">
        <label htmlFor="audit-until">{t('until')}</label>
        <input id="audit-until" className="input" type="date" value={value.until} onChange={set('until')} />
      </div>
      <div className="field">
        <button type="button" className="btn" onClick={() => onChange(NO_FILTERS)}>
          {t('reset')}
        </button>
      </div>
    </form>
  );
}
