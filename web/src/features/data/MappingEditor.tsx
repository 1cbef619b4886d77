import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../../src/contract/imports.ts';
import type { Mapping } from '../../../../src/import/mapping.ts';
import { Card } from '../../ui/Card.tsx';

const OUTCOMES = ['open', 'won', 'lost'] as const;

function sourceOf(mapping: Mapping, field: string): string {
  const source = mapping.fields[field];
  return Array.isArray(source) ? (source[0] ?? '') : (source ?? '');
}

/** Distinct values of one column in the preview: the stages whose outcome a person may want to set. */
function distinctValues(inspection: Inspection, column: string): string[] {
  const index = inspection.headers.indexOf(column);
  if (index < 0) return [];
  return [...new Set(inspection.preview.map((row) => row[index]?.trim() ?? '').filter(Boolean))].slice(0, 12);
}

/** One select per Tandem field (required ones marked), and the outcome of each stage value for deals. */
export function MappingEditor({
  inspection,
  mapping,
  onChange,
}: {
  inspection: Inspection;
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
}) {
  const { t } = useTranslation('data');
  const setField = (field: string, header: string) => {
    const fields = { ...mapping.fields };
    if (header === '') delete fields[field];
    else fields[field] = header;
    onChange({ ...mapping, fields });
  };
  const stageColumn = sourceOf(mapping, 'stage');
  const stages =
    inspection.kind === 'deals' && !mapping.fields.outcome ? distinctValues(inspection, stageColumn) : [];
  const outcomes = mapping.values.outcome ?? {};
  return (
    <Card title={t('mapping')} lead={t('mappingLead')}>
      <div className="mapping-grid">
        {inspection.fields.map((field) => (
          <div className="field" key={field.key}>
            <label htmlFor={`map-${field.key}`}>
              {field.key}{' '}
              {field.isRequired ? <span className="badge badge-medium">{t('required')}</span> : null}
            </label>
            <select
              id={`map-${field.key}`}
              className="input"
              value={sourceOf(mapping, field.key)}
              onChange={(event) => setField(field.key, event.target.value)}
            >
              <option value="">{t('unmapped')}</option>
              {inspection.headers.map((header) => (
                <option key={header} value={header}>
                  {header}
                </option>
              ))}
            </select>
            <span className="hint">
              {t(`fieldHints.${inspection.kind}.${field.key}`, { defaultValue: field.description })}
            </span>
          </div>
        ))}
      </div>
      {stages.length > 0 ? (
        <>
          <h3 style={{ margin: '16px 0 8px' }}>{t('values')}</h3>
          <div className="mapping-grid">
            {stages.map((stage) => (
              <div className="field" key={stage}>
                <label htmlFor={`outcome-${stage}`}>{stage}</label>
                <select
                  id={`outcome-${stage}`}
                  className="input"
                  value={outcomes[stage] ?? ''}
                  onChange={(event) =>
                    onChange({
                      ...mapping,
                      values: { ...mapping.values, outcome: { ...outcomes, [stage]: event.target.value } },
                    })
                  }
                >
                  <option value="">auto</option>
                  {OUTCOMES.map((outcome) => (
                    <option key={outcome} value={outcome}>
                      {outcome}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </>
      ) : null}
    </Card>
  );
}
