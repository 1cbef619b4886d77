import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../../../src/contract/imports.ts';
import { Card } from '../../ui/Card.tsx';

export interface FormatChoice {
  decimal?: ',' | '.';
  dateOrder?: 'dmy' | 'mdy';
}

const DELIMITER_LABEL: Record<string, string> = { ',': ',', ';': ';', '\t': 'Tab', '|': '|' };

/** What Tandem detected, with the two settings a person may need to correct, and the first rows. */
export function FormatCard({
  inspection,
  choice,
  onChoice,
}: {
  inspection: Inspection;
  choice: FormatChoice;
  onChoice: (choice: FormatChoice) => void;
}) {
  const { t } = useTranslation('data');
  const { format } = inspection;
  const dateOrder = choice.dateOrder ?? format.dateOrder ?? '';
  return (
    <Card
      title={t('format')}
      lead={`${inspection.fileName} · ${t('preset')}: ${t(`presets.${inspection.preset}`, { defaultValue: inspection.preset })}`}
    >
      <div className="chips">
        {format.type === 'xlsx' ? (
          <span className="chip">{t('workbook')}</span>
        ) : (
          <>
            <span className="chip">
              {t('encoding')}: {format.encoding}
            </span>
            <span className="chip">
              {t('delimiter')}: {DELIMITER_LABEL[format.delimiter] ?? format.delimiter}
            </span>
          </>
        )}
        <label className="chip">
          {t('decimal')}:{' '}
          <select
            aria-label={t('decimal')}
            value={choice.decimal ?? format.decimal}
            onChange={(event) => onChoice({ ...choice, decimal: event.target.value as ',' | '.' })}
          >
            <option value=",">1.234,56</option>
            <option value=".">1,234.56</option>
          </select>
        </label>
        <label className={`chip ${format.isDateOrderAmbiguous && !choice.dateOrder ? 'chip-warning' : ''}`}>
          {t('dateOrder')}:{' '}
          <select
            aria-label={t('dateOrder')}
            value={dateOrder}
            onChange={(event) => onChoice({ ...choice, dateOrder: event.target.value as 'dmy' | 'mdy' })}
          >
            <option value="">{format.isDateOrderAmbiguous ? '?' : t('notNeeded')}</option>
            <option value="dmy">{t('dmy')}</option>
            <option value="mdy">{t('mdy')}</option>
          </select>
        </label>
      </div>
      {format.isDateOrderAmbiguous && !choice.dateOrder ? (
        <p className="notice" role="alert">
          {t('dateOrderAsk')}
        </p>
      ) : null}
      <h3 style={{ margin: '16px 0 8px' }}>{t('preview')}</h3>
      <div className="table-wrap">
        <table className="table table-compact">
          <thead>
            <tr>
              {inspection.headers.map((header) => (
                <th key={header}>{header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {inspection.preview.slice(0, 8).map((row, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no id
              <tr key={index}>
                {inspection.headers.map((header, column) => (
                  <td key={header}>{row[column] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
