import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { identityFields } from "@/components/forms/identity-fields";
import { PageHeading } from "@/components/layout/page-heading";
import { staffChangePasswordAction, staffSignOutAction } from "@/lib/entry/actions/office";
import { getStaffSession } from "@/lib/entry/current-staff";
import { paths, routes } from "@/lib/entry/routes";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

/**
 * A staff member sets their own password: forced after a one-time password (nothing else in the office
 * opens until then), or any time from the office.
 */
export default async function StaffPasswordPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const session = await getStaffSession();
  if (!session) redirect(routes.officeSignIn(locale));
  const [t, fields] = await Promise.all([getTranslations(), identityFields()]);
  const forced = session.mustChangePassword;
  return (
    <div className="max-w-xl space-y-6">
      <PageHeading
        title={t(forced ? "office.password.forcedTitle" : "office.password.title")}
        lead={t(forced ? "office.password.forcedLead" : "office.password.lead")}
      />
      <ActionForm
        action={staffChangePasswordAction}
        fields={[fields.currentPassword, fields.changedPassword]}
        submitLabel={t("office.password.submit")}
        summaryTitle={t("errors.summaryTitle")}
      />
      {forced ? (
        <form action={staffSignOutAction}>
          <button type="submit" className="min-h-11 font-semibold text-brand underline">
            {t("office.signOut")}
          </button>
        </form>
      ) : (
        <p>
          <Link href={paths.office()}>{t("office.back")}</Link>
        </p>
      )}
    </div>
  );
}
