import { Menu, X } from 'lucide-react';
import { Fragment, type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { LANGUAGES, type Language, setLanguage } from '../i18n/index.ts';
import type { NavItem } from '../navigation.tsx';

function Brand() {
  const { t } = useTranslation();
  return (
    <div className="brand">
      <img src="/favicon.svg" alt="" width={28} height={28} />
      <div>
        {t('appName')}
        <small>{t('tagline')}</small>
      </div>
    </div>
  );
}

function LanguageSwitcher({ onChange }: { onChange?: (language: Language) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <fieldset
      className="segmented"
      aria-label={t('nav.language')}
      style={{ border: 0, padding: 0, margin: 0 }}
    >
      {LANGUAGES.map((language: Language) => (
        <button
          key={language}
          type="button"
          aria-pressed={i18n.language === language}
          onClick={() => {
            setLanguage(language);
            onChange?.(language);
          }}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </fieldset>
  );
}

/** Layout: sidebar navigation on desktop, a top bar with a drawer on phones. */
export function AppShell({
  items,
  footer,
  children,
  onLanguageChange,
}: {
  items: NavItem[];
  footer?: ReactNode;
  children: ReactNode;
  /** Called after the language switch changed the page's language (e.g. to keep it in the user's profile). */
  onLanguageChange?: (language: Language) => void;
}) {
  const { t } = useTranslation();
  const [isMenuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  // Any navigation closes the phone drawer, also from links in the footer (profile) or inside pages.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect runs because the path changed
  useEffect(() => setMenuOpen(false), [pathname]);
  // The open drawer covers the top bar's close button: Escape and a tap beside the drawer close it too.
  useEffect(() => {
    if (!isMenuOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => event.key === 'Escape' && setMenuOpen(false);
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [isMenuOpen]);

  return (
    <div className={`shell ${isMenuOpen ? 'menu-open' : ''}`}>
      <aside className="sidebar" aria-label="Navigation">
        <Brand />
        <nav className="nav">
          {items.map((item, index) => (
            <Fragment key={item.to}>
              {item.group && item.group !== 'main' && items[index - 1]?.group !== item.group ? (
                <span className="nav-group">{t(`nav.${item.group}`)}</span>
              ) : null}
              <NavLink to={item.to} end={item.to === '/'} onClick={() => setMenuOpen(false)}>
                {item.icon}
                <span>{t(item.labelKey)}</span>
                {item.count ? <span className="badge-count">{item.count}</span> : null}
              </NavLink>
            </Fragment>
          ))}
        </nav>
        <div className="sidebar-footer">
          {footer}
          <LanguageSwitcher onChange={onLanguageChange} />
        </div>
      </aside>
      <div className="main">
        <header className="topbar">
          <button
            type="button"
            onClick={() => setMenuOpen(!isMenuOpen)}
            aria-label={isMenuOpen ? t('nav.closeMenu') : t('nav.menu')}
            aria-expanded={isMenuOpen}
          >
            {isMenuOpen ? <X size={22} /> : <Menu size={22} />}
          </button>
          <Brand />
        </header>
        <main className="content" id="main">
          {children}
        </main>
      </div>
      {isMenuOpen ? (
        <button type="button" className="menu-backdrop" onClick={() => setMenuOpen(false)}>
          <span className="visually-hidden">{t('nav.closeMenu')}</span>
        </button>
      ) : null}
    </div>
  );
}
