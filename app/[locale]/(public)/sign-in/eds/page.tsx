import { getTranslations, setRequestLocale } from "next-intl/server";
import { EdsSignIn } from "@/components/eds/eds-sign-in";
import { PageHeading } from "@/components/layout/page-heading";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { paths } from "@/lib/entry/routes";
import { safeReturnPath } from "@/lib/entry/return-path";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ next?: string | string[] }> };

export default async function EdsSignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const next = safeReturnPath((await searchParams).next) ?? undefined;
  setRequestLocale(locale);
  const [t, tEds] = await Promise.all([getTranslations("auth"), getTranslations("eds")]);
  return (
    <div className="max-w-xl space-y-6">
      <PageHeading title={t("signInWithEds")} lead={t("edsLead")} />
      <noscript>
        <p className="rounded border-l-4 border-danger p-3 font-semibold">{tEds("noscriptSignIn")}</p>
      </noscript>
      <EdsSignIn next={next} />
      <p>
        <Link href={paths.signIn(undefined, next)}>{t("signInTitle")}</Link>
      </p>
    </div>
  );
}
