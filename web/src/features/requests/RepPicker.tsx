import { useTranslation } from 'react-i18next';
import type { QuestionSetProposal } from '../../../../src/contract/requests.ts';

/** Reps to ask: the suggested (deals in the scope) ticked first, every other active rep can be added. */
export function RepPicker({
  reps,
  selected,
  onChange,
}: {
  reps: QuestionSetProposal['reps'];
  selected: number[];
  onChange: (ids: number[]) => void;
}) {
  const { t } = useTranslation('requests');
  const toggle = (id: number) =>
    onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  return (
    <fieldset className="rep-picker">
      <legend>{t('builder.reps')}</legend>
      <p className="muted">{t('builder.repsLead')}</p>
      {reps.length === 0 ? <p className="notice notice-warning">{t('builder.noReps')}</p> : null}
      {reps.map((rep) => (
        <label key={rep.user.id} className="check">
          <input
            type="checkbox"
            checked={selected.includes(rep.user.id)}
            onChange={() => toggle(rep.user.id)}
          />
          <span>
            {rep.user.name}{' '}
            <span className="faint">
              {rep.isSuggested
                ? t('builder.repDeals', { deals: rep.dealCount, lost: rep.lostCount })
                : t('builder.repNoDeals')}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
