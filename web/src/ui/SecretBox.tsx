import { Check, Copy } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A one-time value (invitation link, API token) with a copy button; selects the text where copying is barred. */
export function SecretBox({ value, label }: { value: string; label: string }) {
  const { t } = useTranslation();
  const [isCopied, setCopied] = useState(false);
  const code = useRef<HTMLElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard outside secure contexts (plain HTTP on an intranet address): select it for Ctrl+C.
      const range = document.createRange();
      if (code.current) range.selectNodeContents(code.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
    }
  };
  return (
    <div className="secret-box">
      <span className="visually-hidden">{label}</span>
      <code ref={code}>{value}</code>
      <button type="button" className="btn btn-small" onClick={() => void copy()}>
        {isCopied ? <Check size={14} /> : <Copy size={14} />} {isCopied ? t('state.copied') : t('state.copy')}
      </button>
    </div>
  );
}
