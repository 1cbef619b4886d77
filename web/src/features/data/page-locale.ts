import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../src/core/types.ts';

/** The language the page is shown in, as the server's locales name it. */
export function usePageLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'de' ? 'de' : 'en';
}
