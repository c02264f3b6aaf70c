import { getLocale, getTranslations } from "next-intl/server";
import { NotificationsLink } from "@/components/live/notifications-link";
import { signOutAction } from "@/lib/entry/actions/auth";
import type { SessionUser } from "@/lib/auth/sessions";
import { getCurrentUser } from "@/lib/entry/current-user";
import { Link } from "@/lib/entry/i18n/navigation";
import { CitizenOnly } from "./citizen-only";
import { LanguageSwitch } from "./language-switch";
import { LowVisionToggle } from "./low-vision-toggle";
import { paths, routes } from "@/lib/entry/routes";
import type { LowVisionSettings } from "@/lib/preferences/low-vision";

const navLink = "inline-flex min-h-11 items-center";
// The header's, footer's and menus' links do not prefetch: they are on every page (twice in the header,
// bar and phone menu), and prefetching each on every view cost more server time than the clicks save.

/**
 * The shell's header; `unread` is the signed-in applicant's unread notifications (0 for visitors).
 * Wide screens show the menu in a bar; phones get one "Menu" button, a <details> disclosure that opens
 * without JavaScript, so the page heading stays on the first screen.
 */
export async function SiteHeader({
  lowVision,
  lowVisionSettings,
  unread,
}: {
  lowVision: boolean;
  lowVisionSettings: LowVisionSettings;
  unread: number;
}) {
  const [t, user] = await Promise.all([getTranslations("shell"), getCurrentUser()]);
  // The staff console shows no citizens' menu or "Sign in / Register" (CitizenOnly reads the path).
  const menu = (
    <CitizenOnly>
      <HeaderMenu user={user} unread={unread} />
    </CitizenOnly>
  );
  return (
    <header className="relative border-b-4 border-brand bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-2 md:py-3">
        {/* The visible words start the link's name (WCAG 2.5.3 label in name); "home page" follows
            for screen readers. */}
        <Link prefetch={false} href={paths.home()} className="flex flex-col no-underline">
          <span className="text-2xl font-bold text-brand">Qyzmet</span>
          {/* Phones keep the tagline for screen readers only: the first screen is the page's. */}
          <span className="sr-only text-sm text-muted sm:not-sr-only">
            {t("brandTagline")}
            <span className="sr-only"> ({t("homeSuffix")})</span>
          </span>
        </Link>
        <div className="hidden flex-wrap items-center gap-3 md:flex">
          <LowVisionToggle enabled={lowVision} settings={lowVisionSettings} />
          <LanguageSwitch />
        </div>
        <details className="site-menu md:hidden">
          <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 rounded border-2 border-brand px-3 font-semibold text-brand">
            <span aria-hidden="true" className="site-menu-icon" />
            {t("menu")}
          </summary>
          <div className="absolute inset-x-0 top-full z-20 space-y-3 border-b-4 border-brand bg-white px-4 py-3 shadow-lg">
            {menu}
            <div className="flex flex-wrap items-center gap-3 border-t border-gray-300 pt-3">
              <LowVisionToggle enabled={lowVision} settings={lowVisionSettings} idPrefix="menu-" />
              <LanguageSwitch />
            </div>
          </div>
        </details>
      </div>
      <div className="hidden bg-surface md:block">
        <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 px-4 py-1">
          {menu}
        </div>
      </div>
    </header>
  );
}

/** The main menu and the account links: in the bar on wide screens, in the "Menu" panel on phones. */
async function HeaderMenu({ user, unread }: { user: SessionUser | null; unread: number }) {
  const [t, tn, locale] = await Promise.all([
    getTranslations("shell"),
    getTranslations("notifications"),
    getLocale(),
  ]);
  return (
    <>
      <nav aria-label={t("mainNav")}>
        <ul className="flex flex-col gap-x-6 md:flex-row md:flex-wrap">
          <li>
            <Link prefetch={false} href={paths.services()} className={navLink}>
              {t("nav.services")}
            </Link>
          </li>
          <li>
            <Link prefetch={false} href={paths.homeVisitInfo()} className={navLink}>
              {t("nav.homeVisit")}
            </Link>
          </li>
          {user ? (
            <li>
              <Link prefetch={false} href={paths.cabinet()} className={navLink}>
                {t("nav.cabinet")}
              </Link>
            </li>
          ) : null}
          {user ? (
            <li>
              <NotificationsLink
                href={routes.notifications(locale)}
                template={tn("headerLink", { count: "{count}" })}
                initial={unread}
                className={navLink}
              />
            </li>
          ) : null}
        </ul>
      </nav>
      {user ? (
        <div className="flex flex-wrap items-center gap-x-4">
          <p className="text-sm">{t("signedInAs", { name: user.fullName })}</p>
          <form action={signOutAction}>
            <button type="submit" className="min-h-11 font-semibold text-brand underline">
              {t("signOut")}
            </button>
          </form>
        </div>
      ) : (
        <ul className="flex flex-wrap gap-x-6">
          <li>
            <Link prefetch={false} href={paths.signIn()} className={navLink}>
              {t("signIn")}
            </Link>
          </li>
          <li>
            <Link prefetch={false} href={paths.register()} className={navLink}>
              {t("register")}
            </Link>
          </li>
        </ul>
      )}
    </>
  );
}
