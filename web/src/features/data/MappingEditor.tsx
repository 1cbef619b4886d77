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

/**
 * One of Tandem's fields: its name in the page's language, the column it reads, and below what it holds with the
 * technical name that mapping files and the Tandem CSV format use (the description is left out where it would
 * only repeat the name).
 */
function FieldMapping(props: {
  field: Inspection['fields'][number];
  inspection: Inspection;
  source: string;
  onChange: (header: string) => void;
}) {
  const { field, inspection } = props;
  const { t } = useTranslation('data');
  const label = t(`fieldLabels.${inspection.kind}.${field.key}`, { defaultValue: field.key });
  const hint = t(`fieldHints.${inspection.kind}.${field.key}`, { defaultValue: field.description });
  const isHintNew = hint.toLowerCase() !== label.toLowerCase();
  return (
    <div className="field">
      <label htmlFor={`map-${field.key}`}>
        {label} {field.isRequired ? <span className="badge badge-medium">{t('required')}</span> : null}
      </label>
      <select
        id={`map-${field.key}`}
        className="input"
        value={props.source}
        onChange={(event) => props.onChange(event.target.value)}
      >
        <option value="">{t('unmapped')}</option>
        {inspection.headers.map((header) => (
          <option key={header} value={header}>
            {header}
          </option>
        ))}
      </select>
      <span className="hint">
        {isHintNew ? `${hint} · ` : null}
        <code className="field-key">{field.key}</code>
      </span>
    </div>
  );
}

/** For deals without an outcome column: the outcome of each stage value seen in the preview. */
function OutcomeMapping({
  stages,
  mapping,
  onChange,
}: {
  stages: string[];
  mapping: Mapping;
  onChange: (mapping: Mapping) => void;
}) {
  const { t } = useTranslation('data');
  const outcomes = mapping.values.outcome ?? {};
  return (
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
              <option value="">{t('outcomeAuto')}</option>
              {OUTCOMES.map((outcome) => (
                <option key={outcome} value={outcome}>
                  {t(`outcomes.${outcome}`)}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </>
  );
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
  return (
    <Card title={t('mapping')} lead={t('mappingLead')}>
      <div className="mapping-grid">
        {inspection.fields.map((field) => (
          <FieldMapping
            key={field.key}
            field={field}
            inspection={inspection}
            source={sourceOf(mapping, field.key)}
            onChange={(header) => setField(field.key, header)}
          />
        ))}
      </div>
      {stages.length > 0 ? <OutcomeMapping stages={stages} mapping={mapping} onChange={onChange} /> : null}
    </Card>
  );
}
