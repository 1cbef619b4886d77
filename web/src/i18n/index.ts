import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { alertsTexts } from '../features/alerts/texts.ts';
import { answerTexts } from '../features/answers/texts.ts';
import { auditTexts } from '../features/audit/texts.ts';
import { authTexts } from '../features/auth/texts.ts';
import { campaignsTexts } from '../features/campaigns/texts.ts';
import { cockpitTexts } from '../features/cockpit/texts.ts';
import { dataTexts } from '../features/data/texts.ts';
import { diagnosisTexts } from '../features/diagnosis/texts.ts';
import { notificationTexts } from '../features/notifications/texts.ts';
import { profileTexts } from '../features/profile/texts.ts';
import { questionsTexts } from '../features/questions/texts.ts';
import { requestsTexts } from '../features/requests/texts.ts';
import { settingsTexts } from '../features/settings/texts.ts';
import { tokensTexts } from '../features/tokens/texts.ts';
import { usersTexts } from '../features/users/texts.ts';
import { common } from './common.ts';

export type Language = 'de' | 'en';
export const LANGUAGES: Language[] = ['de', 'en'];
const STORAGE_KEY = 'tandem.language';

/** One namespace per feature, one line each; `common` holds the shared words. */
const NAMESPACES = {
  common,
  cockpit: cockpitTexts,
  data: dataTexts,
  auth: authTexts,
  profile: profileTexts,
  users: usersTexts,
  tokens: tokensTexts,
  audit: auditTexts,
  notifications: notificationTexts,
  requests: requestsTexts,
  questions: questionsTexts,
  settings: settingsTexts,
  alerts: alertsTexts,
  answers: answerTexts,
  diagnosis: diagnosisTexts,
  campaigns: campaignsTexts,
};

/** German when the browser prefers it (or the user chose it), English otherwise. */
export function detectLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (stored === 'de' || stored === 'en') return stored;
  const preferred = navigator.languages?.[0] ?? navigator.language ?? 'en';
  return preferred.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function setLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export function initI18n(): void {
  const language = detectLanguage();
  document.documentElement.lang = language;
  const resources = Object.fromEntries(
    LANGUAGES.map((lng) => [
      lng,
      Object.fromEntries(Object.entries(NAMESPACES).map(([ns, texts]) => [ns, texts[lng]])),
    ]),
  );
  void i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    defaultNS: 'common',
    ns: Object.keys(NAMESPACES),
    resources,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}
