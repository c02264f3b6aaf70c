import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { identityFields } from "@/components/forms/identity-fields";
import { PageHeading } from "@/components/layout/page-heading";
import { signInAction } from "@/lib/entry/actions/auth";
import { getCurrentUser } from "@/lib/entry/current-user";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { paths, routes } from "@/lib/entry/routes";
import { safeReturnPath } from "@/lib/entry/return-path";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ reset?: string; expired?: string; next?: string | string[] }>;
};

export default async function SignInPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { reset, expired, next: asked } = await searchParams;
  // Where the user was going: a checked path on this site, else none (the cabinet after sign-in).
  const next = safeReturnPath(asked) ?? undefined;
  if (await getCurrentUser()) redirect(next ?? routes.cabinet(locale));
  const [t, fields] = await Promise.all([getTranslations(), identityFields()]);
  return (
    <div className="max-w-xl space-y-6">
      <PageHeading title={t("auth.signInTitle")} lead={t("auth.signInLead")} />
      {reset ? (
        <p role="status" className="border-l-4 border-success bg-surface p-3">
          {t("auth.resetDone")}
        </p>
      ) : null}
      {expired ? (
        <p role="status" className="border-l-4 border-brand bg-surface p-3">
          {t("auth.sessionExpired")}
        </p>
      ) : null}
      <ActionForm
        action={signInAction}
        fields={[fields.iin, fields.password]}
        hidden={next ? { next } : {}}
        submitLabel={t("auth.signInSubmit")}
        summaryTitle={t("errors.summaryTitle")}
      />
      <ul className="space-y-2">
        <li>
          <Link href={paths.signInWithEds(next)}>{t("auth.signInWithEds")}</Link>
        </li>
        <li>
          {t("auth.noAccount")} <Link href={paths.register()}>{t("shell.register")}</Link>
        </li>
        <li>
          <Link href={paths.resetPassword()}>{t("auth.forgotPassword")}</Link>
        </li>
      </ul>
    </div>
  );
}
