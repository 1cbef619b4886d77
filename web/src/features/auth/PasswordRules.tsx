import { Check, Circle, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { checkPassword, type PasswordProblem } from '../../../../src/core/password-rules.ts';

const SHOWN: PasswordProblem[] = ['too_short', 'contains_email', 'too_common', 'too_simple'];

/** The password rules as a checklist that follows the typing; the server checks the same rules (core). */
export function PasswordRules({ password, email }: { password: string; email: string }) {
  const { t } = useTranslation('auth');
  const problems = new Set(checkPassword(password, { email }));
  const isEmpty = password === '';
  return (
    <div className="field" aria-live="polite">
      <ul className="rule-list">
        {SHOWN.map((rule) => {
          const state = isEmpty ? 'open' : problems.has(rule) ? 'broken' : 'met';
          return (
            <li key={rule} className={state === 'open' ? '' : `is-${state}`}>
              {state === 'met' ? (
                <Check size={14} />
              ) : state === 'broken' ? (
                <X size={14} />
              ) : (
                <Circle size={10} />
              )}
              {t(`rules.${rule}`)}
            </li>
          );
        })}
        {problems.has('too_long') ? <li className="is-broken">{t('rules.too_long')}</li> : null}
      </ul>
      <span className="hint">{t('rules.hint')}</span>
    </div>
  );
}

export function isPasswordAcceptable(password: string, email: string): boolean {
  return checkPassword(password, { email }).length === 0;
}
