import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../../src/core/types.ts';

/** The UI language as the core's Locale (texts rendered by core: sources, gap arithmetic, impact reasons). */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'de' ? 'de' : 'en';
}
