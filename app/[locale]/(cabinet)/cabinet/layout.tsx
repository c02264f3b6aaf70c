import { getTranslations } from "next-intl/server";
import { SessionTimeout } from "@/components/cabinet/session-timeout";
import { getCurrentUser } from "@/lib/entry/current-user";
import { Link } from "@/lib/i18n/navigation";
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
  const [t, tn] = await Promise.all([getTranslations("cabinet"), getTranslations("notifications")]);
  return (
    <div className="space-y-6">
      <nav aria-label={t("nav")}>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 border-b border-gray-300 pb-2">
          <li>
            <Link href={paths.cabinet()} className="inline-flex min-h-11 items-center">
              {t("overview")}
            </Link>
          </li>
          <li>
            <Link href={paths.notifications()} className="inline-flex min-h-11 items-center">
              {tn("title")}
            </Link>
          </li>
          <li>
            <Link href={paths.homeVisits()} className="inline-flex min-h-11 items-center">
              {t("homeVisits")}
            </Link>
          </li>
          <li>
            <Link href={paths.keys()} className="inline-flex min-h-11 items-center">
              {t("keys")}
            </Link>
          </li>
          <li>
            <Link href={paths.security()} className="inline-flex min-h-11 items-center">
              {t("security")}
            </Link>
          </li>
        </ul>
      </nav>
      {children}
      <SessionTimeout
        idleRemainingMs={idleRemaining(user.idleExpiresAt)}
        signInPath={routes.signIn(locale, "expired")}
      />
    </div>
  );
}
