import { getLocale, getTranslations } from "next-intl/server";
import { NotificationsLink } from "@/components/live/notifications-link";
import { signOutAction } from "@/lib/entry/actions/auth";
import { getCurrentUser } from "@/lib/entry/current-user";
import { Link } from "@/lib/i18n/navigation";
import { CitizenOnly } from "./citizen-only";
import { LanguageSwitch } from "./language-switch";
import { LowVisionToggle } from "./low-vision-toggle";
import { paths, routes } from "@/lib/entry/routes";
import type { LowVisionSettings } from "@/lib/preferences/low-vision";

/** The shell's header; `unread` is the signed-in applicant's unread notifications (0 for visitors). */
export async function SiteHeader({
  lowVision,
  lowVisionSettings,
  unread,
}: {
  lowVision: boolean;
  lowVisionSettings: LowVisionSettings;
  unread: number;
}) {
  const [t, tn, user] = await Promise.all([
    getTranslations("shell"),
    getTranslations("notifications"),
    getCurrentUser(),
  ]);
  const locale = await getLocale();
  const navLink = "inline-flex min-h-11 items-center";
  return (
    <header className="border-b-4 border-brand bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        {/* The visible words start the link's name (WCAG 2.5.3 label in name); "home page" follows
            for screen readers. */}
        <Link href={paths.home()} className="flex flex-col no-underline">
          <span className="text-2xl font-bold text-brand">Qyzmet</span>
          <span className="text-sm text-muted">
            {t("brandTagline")}
            <span className="sr-only"> ({t("homeSuffix")})</span>
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <LowVisionToggle enabled={lowVision} settings={lowVisionSettings} />
          <LanguageSwitch />
        </div>
      </div>
      <CitizenOnly>
        <div className="bg-surface">
          <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 px-4 py-1">
            <nav aria-label={t("mainNav")}>
              <ul className="flex flex-wrap gap-x-6">
                <li>
                  <Link href={paths.services()} className={navLink}>
                    {t("nav.services")}
                  </Link>
                </li>
                <li>
                  <Link href={paths.homeVisitInfo()} className={navLink}>
                    {t("nav.homeVisit")}
                  </Link>
                </li>
                {user ? (
                  <li>
                    <Link href={paths.cabinet()} className={navLink}>
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
                  <Link href={paths.signIn()} className={navLink}>
                    {t("signIn")}
                  </Link>
                </li>
                <li>
                  <Link href={paths.register()} className={navLink}>
                    {t("register")}
                  </Link>
                </li>
              </ul>
            )}
          </div>
        </div>
      </CitizenOnly>
    </header>
  );
}
