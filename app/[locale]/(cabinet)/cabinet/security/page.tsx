import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { identityFields } from "@/components/forms/identity-fields";
import { PageHeading } from "@/components/layout/page-heading";
import { changePasswordAction, signOutEverywhereAction } from "@/lib/entry/actions/auth";
import type { Locale } from "@/lib/i18n/routing";

export default async function SecurityPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, fields] = await Promise.all([getTranslations(), identityFields()]);
  return (
    <div className="max-w-xl space-y-8">
      <PageHeading title={t("security.title")} />
      <section aria-labelledby="change-password" className="space-y-4">
        <h2 id="change-password" className="text-2xl">
          {t("security.changePassword")}
        </h2>
        <ActionForm
          action={changePasswordAction}
          fields={[fields.currentPassword, fields.changedPassword]}
          submitLabel={t("security.changeSubmit")}
          summaryTitle={t("errors.summaryTitle")}
        />
      </section>
      <section aria-labelledby="sign-out-all" className="space-y-3">
        <h2 id="sign-out-all" className="text-2xl">
          {t("security.signOutAll")}
        </h2>
        <p>{t("security.signOutAllLead")}</p>
        <form action={signOutEverywhereAction}>
          <button
            type="submit"
            className="min-h-11 rounded border-2 border-danger px-4 font-semibold text-danger"
          >
            {t("security.signOutAll")}
          </button>
        </form>
      </section>
    </div>
  );
}
