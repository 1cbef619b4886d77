import { useTranslation } from 'react-i18next';
import { describeImportProblem } from '../../../../src/import/problem-texts.ts';
import { ApiError } from '../../api/client.ts';
import { ErrorState } from '../../ui/States.tsx';
import { usePageLocale } from './page-locale.ts';

/** A Tandem field by its name in the page's language, with its technical key (of mapping files) beside it. */
function FieldName({ field, kind }: { field: string; kind: string | number | undefined }) {
  const { t } = useTranslation('data');
  const label = typeof kind === 'string' ? t(`fieldLabels.${kind}.${field}`, { defaultValue: '' }) : '';
  return label && label !== field ? (
    <>
      {label} (<code>{field}</code>)
    </>
  ) : (
    <code>{field}</code>
  );
}

/** A refused upload or import in the page's language: what is wrong with the file, then each problem in it. */
export function ImportErrorState({ error }: { error: unknown }) {
  const { t } = useTranslation('data');
  const locale = usePageLocale();
  if (!(error instanceof ApiError)) return <ErrorState error={error} />;
  const message = error.problem
    ? describeImportProblem({ ...error.problem, message: error.message }, locale)
    : error.message;
  return (
    <ErrorState error={error} message={message}>
      {error.details.length > 0 ? (
        <ul className="problem-list">
          {error.details.map((detail) => (
            <li key={`${detail.field ?? ''}-${detail.line ?? ''}-${detail.message}`}>
              {detail.line !== undefined ? `${t('line')} ${detail.line}: ` : ''}
              {detail.field ? <FieldName field={detail.field} kind={detail.params?.kind} /> : null}
              {detail.field ? ' – ' : ''}
              {describeImportProblem(detail, locale)}
            </li>
          ))}
        </ul>
      ) : null}
    </ErrorState>
  );
}
