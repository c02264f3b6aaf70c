import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeading } from "@/components/layout/page-heading";
import type { Locale } from "@/lib/i18n/locales";
import { staffSignInAction } from "@/lib/entry/actions/office";

export default async function StaffSignInPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  return (
    <div className="max-w-xl space-y-6">
      <PageHeading title={t("office.signInTitle")} />
      <ActionForm
        action={staffSignInAction}
        fields={[
          { name: "login", label: t("office.login"), autoComplete: "username" },
          {
            name: "password",
            label: t("forms.password"),
            type: "password",
            autoComplete: "current-password",
          },
        ]}
        submitLabel={t("office.signIn")}
        summaryTitle={t("errors.summaryTitle")}
      />
    </div>
  );
}
