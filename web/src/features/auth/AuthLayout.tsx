import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage } from '../../i18n/index.ts';
import './auth.css';

/** The frame of the pages one sees before logging in: brand, language, one card. */
export function AuthLayout({ children, foot }: { children: ReactNode; foot?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="auth-page">
      <div className="auth-top">
        <div className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <div>
            {t('appName')}
            <small>{t('tagline')}</small>
          </div>
        </div>
        <fieldset
          className="segmented"
          aria-label={t('nav.language')}
          style={{ border: 0, padding: 0, margin: 0 }}
        >
          {LANGUAGES.map((language) => (
            <button
              key={language}
              type="button"
              aria-pressed={i18n.language === language}
              onClick={() => setLanguage(language)}
            >
              {language.toUpperCase()}
            </button>
          ))}
        </fieldset>
      </div>
      <main className="card auth-card">{children}</main>
      {foot ? <p className="auth-foot">{foot}</p> : null}
    </div>
  );
}
