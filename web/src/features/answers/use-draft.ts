/**
 * The answer form's draft: what the rep typed, kept in this browser on every keystroke (nothing is lost on
 * reload, even offline or while a value is not valid yet) and saved to the server a moment after typing stops.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerForm, AnswerInput } from '../../../../src/contract/answers.ts';
import type { CompetitorMention } from '../../../../src/core/questions/types.ts';
import { useSaveAnswers } from './use-answers.ts';

export interface DraftAnswer {
  value: unknown;
  quote: string;
  dealIds: number[];
}

type Draft = Record<number, DraftAnswer>;

/** Autosave waits this long after the last change. */
const AUTOSAVE_MS = 1500;
const EMPTY: DraftAnswer = { value: null, quote: '', dealIds: [] };

function storageKey(setId: number): string {
  return `tandem.answers.${setId}`;
}

function fromServer(form: AnswerForm): Draft {
  return Object.fromEntries(
    form.answers.map((answer) => [
      answer.questionId,
      { value: answer.value, quote: answer.quote ?? '', dealIds: answer.dealIds },
    ]),
  );
}

function readLocal(setId: number): Draft | null {
  try {
    const stored = JSON.parse(localStorage.getItem(storageKey(setId)) ?? 'null') as { draft: Draft } | null;
    return stored?.draft ?? null;
  } catch {
    return null;
  }
}

/** Blank competitor rows are the form's empty slots, not answers. */
function cleanValue(value: unknown): unknown {
  if (
    !Array.isArray(value) ||
    !value.every((item) => typeof item === 'object' && item !== null && 'name' in item)
  ) {
    return value;
  }
  const rows = (value as CompetitorMention[])
    .filter((row) => row.name.trim() !== '')
    .map((row) => ({ name: row.name.trim(), better: row.better?.trim() ? row.better.trim() : null }));
  return rows.length > 0 ? rows : null;
}

export function toAnswerInputs(form: AnswerForm, draft: Draft): AnswerInput[] {
  return form.questions.map((question) => {
    const answer = draft[question.id] ?? EMPTY;
    return {
      questionId: question.id,
      value: cleanValue(answer.value),
      quote: answer.quote.trim() || null,
      dealIds: answer.dealIds,
    };
  });
}

export function useDraft(form: AnswerForm) {
  const setId = form.set.id;
  // An unsent local copy (the tab closed before autosave, or the network was down) wins over the server's.
  const [draft, setDraft] = useState<Draft>(
    () => (form.isEditable ? readLocal(setId) : null) ?? fromServer(form),
  );
  const [isDirty, setDirty] = useState(() => form.isEditable && readLocal(setId) !== null);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const save = useSaveAnswers(setId);
  const latest = useRef(draft);
  latest.current = draft;

  const saveNow = useCallback(async () => {
    const sent = latest.current;
    await save.mutateAsync(toAnswerInputs(form, sent));
    if (latest.current === sent) {
      localStorage.removeItem(storageKey(setId));
      setDirty(false);
    }
    setSavedAt(new Date().toISOString());
  }, [form, save, setId]);

  useEffect(() => {
    if (!isDirty || !form.isEditable) return;
    const timer = setTimeout(() => void saveNow().catch(() => undefined), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [isDirty, form.isEditable, saveNow]);

  const update = useCallback(
    (questionId: number, change: Partial<DraftAnswer>) => {
      setDraft((current) => {
        const next = { ...current, [questionId]: { ...EMPTY, ...current[questionId], ...change } };
        localStorage.setItem(storageKey(setId), JSON.stringify({ draft: next }));
        return next;
      });
      setDirty(true);
    },
    [setId],
  );

  /** After submission: nothing left to keep or autosave. */
  const markSent = useCallback(() => {
    localStorage.removeItem(storageKey(setId));
    setDirty(false);
  }, [setId]);

  return {
    draft,
    update,
    saveNow,
    isDirty,
    savedAt,
    isSaving: save.isPending,
    saveError: save.error,
    markSent,
  };
}
