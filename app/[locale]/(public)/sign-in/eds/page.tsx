import { getTranslations, setRequestLocale } from "next-intl/server";
import { EdsSignIn } from "@/components/eds/eds-sign-in";
import { PageHeading } from "@/components/layout/page-heading";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { paths } from "@/lib/entry/routes";

export default async function EdsSignInPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("auth");
  return (
    <div className="max-w-xl space-y-6">
      <PageHeading title={t("signInWithEds")} lead={t("edsLead")} />
      <EdsSignIn />
      <p>
        <Link href={paths.signIn()}>{t("signInTitle")}</Link>
      </p>
    </div>
  );
}
