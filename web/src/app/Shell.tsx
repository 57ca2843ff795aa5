import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation, useNavigate } from "react-router";
import { changeLanguage, isLanguage, LANGUAGES } from "./i18n.ts";
import { areasOf, mayFederation, mayReview, maySystems, mayTriage, useMe, useSignOut } from "./session.ts";

function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <div className="lang-picker">
      <label htmlFor="ui-language">{t("nav.language")}</label>
      <select
        id="ui-language"
        value={i18n.language}
        onChange={(e) => {
          if (isLanguage(e.target.value)) void changeLanguage(e.target.value);
        }}
      >
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.nativeName}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The page frame: skip link, header with navigation and language, the page, a footer. */
export function Shell() {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOut();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const main = useRef<HTMLElement>(null);
  const areas = areasOf(me.data);
  const user = me.data;

  // Close the menu and move focus to the page on navigation, for screen-reader and keyboard users.
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each navigation
  useEffect(() => {
    setMenuOpen(false);
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  const onSignOut = async () => {
    await signOut();
    navigate("/sign-in", { replace: true, state: { signedOut: true } });
  };

  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skipToContent")}
      </a>
      <header className="site-header">
        <div className="header-bar">
          <Link to="/" className="brand">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>{t("app.name")}</span>
          </Link>
          {user ? (
            <button
              type="button"
              className="menu-toggle"
              aria-expanded={menuOpen}
              aria-controls="site-nav"
              onClick={() => setMenuOpen((o) => !o)}
            >
              {t("nav.menu")}
            </button>
          ) : null}
        </div>
        <div className={menuOpen ? "header-nav open" : "header-nav"} id="site-nav">
          <nav aria-label={t("nav.label")}>
            <ul>
              {user ? (
                <li>
                  <NavLink to="/" end>
                    {t("nav.home")}
                  </NavLink>
                </li>
              ) : null}
              <li>
                <NavLink to="/library">{t("nav.library")}</NavLink>
              </li>
              <li>
                <NavLink to="/incidents">{t("nav.incidents")}</NavLink>
              </li>
              <li>
                <NavLink to="/report">{t("nav.report")}</NavLink>
              </li>
              <li>
                <NavLink to="/footprints/calculator">{t("nav.footprints")}</NavLink>
              </li>
              {maySystems(user) ? (
                <li>
                  <NavLink to="/systems">{t("nav.systems")}</NavLink>
                </li>
              ) : null}
              {mayReview(user) ? (
                <li>
                  <NavLink to="/reviews">{t("nav.reviews")}</NavLink>
                </li>
              ) : null}
              {mayReview(user) ? (
                <li>
                  <NavLink to="/footprints/regional">{t("nav.regionalFootprints")}</NavLink>
                </li>
              ) : null}
              {mayTriage(user) ? (
                <li>
                  <NavLink to="/triage">{t("nav.triage")}</NavLink>
                </li>
              ) : null}
              {mayFederation(user) ? (
                <li>
                  <NavLink to="/network">{t("nav.federation")}</NavLink>
                </li>
              ) : null}
              {areas.has("users") ? (
                <li>
                  <NavLink to="/users">{t("nav.users")}</NavLink>
                </li>
              ) : null}
              {areas.has("organisations") ? (
                <li>
                  <NavLink to="/organisations">{t("nav.organisations")}</NavLink>
                </li>
              ) : null}
              {areas.has("audit") ? (
                <li>
                  <NavLink to="/audit">{t("nav.audit")}</NavLink>
                </li>
              ) : null}
              {user ? (
                <li>
                  <NavLink to="/profile">{t("nav.profile")}</NavLink>
                </li>
              ) : (
                <li>
                  <NavLink to="/sign-in" state={{ from: location.pathname + location.search }}>
                    {t("nav.signIn")}
                  </NavLink>
                </li>
              )}
            </ul>
          </nav>
          <div className="header-tools">
            <LanguagePicker />
            {user ? (
              <button type="button" className="button-secondary" onClick={onSignOut}>
                {t("nav.signOut")}
              </button>
            ) : null}
          </div>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t("app.footer")}</p>
      </footer>
    </>
  );
}
