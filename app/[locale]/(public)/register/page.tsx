import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { identityFields } from "@/components/forms/identity-fields";
import { PageHeading } from "@/components/layout/page-heading";
import { registerAction } from "@/lib/entry/actions/auth";
import type { Locale } from "@/lib/i18n/locales";

export default async function RegisterPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, fields] = await Promise.all([getTranslations(), identityFields()]);
  return (
    <div className="max-w-xl space-y-6">
      <PageHeading title={t("auth.registerTitle")} lead={t("auth.registerLead")} />
      <ActionForm
        action={registerAction}
        fields={[fields.iin, fields.phone, fields.newPassword]}
        submitLabel={t("auth.registerSubmit")}
        summaryTitle={t("errors.summaryTitle")}
      />
    </div>
  );
}
