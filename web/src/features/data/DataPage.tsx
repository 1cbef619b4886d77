import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportResult, Inspection } from '../../../../src/contract/imports.ts';
import type { Mapping } from '../../../../src/import/mapping.ts';
import { api, toQuery } from '../../api/client.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { type Progress, runImport, uploadFile } from './api.ts';
import { FormatCard, type FormatChoice } from './FormatCard.tsx';
import { ImportErrorState } from './ImportErrorState.tsx';
import { ImportHistory } from './ImportHistory.tsx';
import { MappingEditor } from './MappingEditor.tsx';
import { type RunOptions, RunPanel } from './RunPanel.tsx';
import { UploadCard } from './UploadCard.tsx';

const today = () => new Date().toISOString().slice(0, 10);

/** Upload → detected format and preview → mapping → dry run → import with progress → summary; history below. */
export function DataPage() {
  const { t } = useTranslation('data');
  const queryClient = useQueryClient();
  const [kind, setKind] = useState('deals');
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [choice, setChoice] = useState<FormatChoice>({});
  const [options, setOptions] = useState<RunOptions>({
    asOf: today(),
    skipInvalid: false,
    markMissing: false,
  });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);

  const show = (next: Inspection) => {
    setInspection(next);
    setMapping(next.mapping);
    setResult(null);
  };
  const guard = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };
  const changeKind = (next: string) => {
    setKind(next);
    if (inspection)
      void guard(async () =>
        show(
          await api.get<Inspection>(`/api/imports/uploads/${inspection.uploadId}${toQuery({ kind: next })}`),
        ),
      );
  };
  const run = (dryRun: boolean) =>
    guard(async () => {
      if (!inspection || !mapping) return;
      const body = {
        uploadId: inspection.uploadId,
        kind: inspection.kind,
        mapping,
        format: choice,
        dryRun,
        ...options,
      };
      setResult(await runImport(body, setProgress));
      await queryClient.invalidateQueries({ queryKey: ['imports'] });
    });
  const needsDateOrder = inspection?.format.isDateOrderAmbiguous === true && !choice.dateOrder;

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <UploadCard
        kind={kind}
        onKind={changeKind}
        isBusy={isBusy}
        onFile={(file) => guard(async () => show(await uploadFile(file, kind)))}
      />
      {error ? <ImportErrorState error={error} /> : null}
      {inspection && mapping ? (
        <>
          <FormatCard inspection={inspection} choice={choice} onChoice={setChoice} />
          <MappingEditor inspection={inspection} mapping={mapping} onChange={setMapping} />
          <RunPanel
            kind={inspection.kind}
            options={options}
            onOptions={setOptions}
            onRun={run}
            progress={progress}
            result={result}
            canRun={!isBusy && !needsDateOrder}
          />
        </>
      ) : null}
      <ImportHistory />
    </>
  );
}
