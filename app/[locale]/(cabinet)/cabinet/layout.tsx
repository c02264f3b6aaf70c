import { getTranslations } from "next-intl/server";
import { SessionTimeout } from "@/components/cabinet/session-timeout";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getCurrentUser } from "@/lib/entry/current-user";
import { Link } from "@/lib/entry/i18n/navigation";
import { paths, routes } from "@/lib/entry/routes";
import { redirectToSignIn } from "@/lib/entry/sign-in-redirect";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

/** Milliseconds from now until the session idles out (read once per request, on the server). */
const idleRemaining = (idleExpiresAt: Date) => Math.max(idleExpiresAt.getTime() - Date.now(), 0);

/** Every cabinet page needs a session; without one the applicant goes to sign-in. */
export default async function CabinetLayout({ children, params }: Props) {
  const { locale } = await params;
  const user = await getCurrentUser();
  if (!user) return redirectToSignIn(locale);
  const [t, tn, tc] = await Promise.all([
    getTranslations("cabinet"),
    getTranslations("notifications"),
    getTranslations("complaints"),
  ]);
  const link = "inline-flex min-h-11 items-center";
  const items = [
    { href: paths.cabinet(), label: t("overview") },
    { href: paths.notifications(), label: tn("title") },
    { href: paths.homeVisits(), label: t("homeVisits") },
    { href: paths.complaints(), label: tc("nav") },
    { href: paths.keys(), label: t("keys") },
    { href: paths.security(), label: t("security") },
  ];
  const list = (className: string) => (
    <ul className={className}>
      {items.map((item) => (
        <li key={item.href}>
          <Link prefetch={false} href={item.href} className={link}>
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
  return (
    <ClientMessages>
      <div className="space-y-4 md:space-y-6">
        {/* Phones: the cabinet's menu folds into one line (a <details>, no JavaScript needed). */}
        <nav aria-label={t("nav")} className="border-b border-gray-300 pb-2">
          <details className="site-menu md:hidden">
            <summary className="inline-flex min-h-11 cursor-pointer items-center gap-2 font-semibold text-brand">
              <span aria-hidden="true" className="site-menu-icon" />
              {t("nav")}
            </summary>
            {list("flex flex-col")}
          </details>
          {list("hidden flex-wrap gap-x-6 gap-y-1 md:flex")}
        </nav>
        {children}
        <SessionTimeout
          idleRemainingMs={idleRemaining(user.idleExpiresAt)}
          signInPath={routes.signIn(locale, "expired")}
        />
      </div>
    </ClientMessages>
  );
}
