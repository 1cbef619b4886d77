import { Upload } from 'lucide-react';
import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_KINDS } from '../../../../src/import/kinds.ts';
import { Card } from '../../ui/Card.tsx';

/** Kind choice and a drop zone with a file picker; hands the chosen file up. */
export function UploadCard({
  kind,
  onKind,
  onFile,
  isBusy,
}: {
  kind: string;
  onKind: (kind: string) => void;
  onFile: (file: File) => void;
  isBusy: boolean;
}) {
  const { t } = useTranslation('data');
  const inputId = useId();
  const [isOver, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <Card title={t('uploadTitle')} lead={t('uploadLead')}>
      <div className="field" style={{ maxWidth: 260, marginBottom: 12 }}>
        <label htmlFor={`${inputId}-kind`}>{t('kind')}</label>
        <select
          id={`${inputId}-kind`}
          className="input"
          value={kind}
          onChange={(event) => onKind(event.target.value)}
        >
          {IMPORT_KINDS.map((value) => (
            <option key={value} value={value}>
              {t(`kinds.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <section
        aria-label={t('uploadTitle')}
        className={`dropzone ${isOver ? 'dropzone-over' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <Upload size={22} aria-hidden="true" />
        <span>{isBusy ? t('uploading') : t('drop')}</span>
        <label htmlFor={inputId} className="btn btn-primary">
          {t('pick')}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.txt,.tsv,.xlsx,text/csv"
          className="visually-hidden"
          disabled={isBusy}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) onFile(file);
            event.target.value = '';
          }}
        />
      </section>
    </Card>
  );
}
