import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SessionTimeout } from "@/components/cabinet/session-timeout";
import { getCurrentUser } from "@/lib/entry/current-user";
import { Link } from "@/lib/i18n/navigation";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

/** Every cabinet page needs a session; without one the applicant goes to sign-in. */
export default async function CabinetLayout({ children, params }: Props) {
  const { locale } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in`);
  const [t, tn] = await Promise.all([getTranslations("cabinet"), getTranslations("notifications")]);
  return (
    <div className="space-y-6">
      <nav aria-label={t("nav")}>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 border-b border-gray-300 pb-2">
          <li>
            <Link href="/cabinet" className="inline-flex min-h-11 items-center">
              {t("overview")}
            </Link>
          </li>
          <li>
            <Link href="/cabinet/notifications" className="inline-flex min-h-11 items-center">
              {tn("title")}
            </Link>
          </li>
          <li>
            <Link href="/cabinet/home-visits" className="inline-flex min-h-11 items-center">
              {t("homeVisits")}
            </Link>
          </li>
          <li>
            <Link href="/cabinet/keys" className="inline-flex min-h-11 items-center">
              {t("keys")}
            </Link>
          </li>
          <li>
            <Link href="/cabinet/security" className="inline-flex min-h-11 items-center">
              {t("security")}
            </Link>
          </li>
        </ul>
      </nav>
      {children}
      <SessionTimeout
        idleRemainingMs={Math.max(user.idleExpiresAt.getTime() - Date.now(), 0)}
        signInPath={`/${locale}/sign-in?expired=1`}
      />
    </div>
  );
}
