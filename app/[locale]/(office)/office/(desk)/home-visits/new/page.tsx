import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HomeVisitForm } from "@/components/home-visits/home-visit-form";
import { PageHeading } from "@/components/layout/page-heading";
import { operatorRequestVisitAction } from "@/lib/entry/actions/home-visits";
import { homeVisitFormView } from "@/lib/entry/views/home-visit-form";
import type { Locale } from "@/lib/i18n/locales";
import { getCurrentStaff } from "@/lib/entry/current-staff";

/** The operator enters a home-visit request taken by phone; the applicant is found by IIN. */
export default async function PhoneEntryPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await getCurrentStaff();
  if (staff?.role !== "operator") notFound();
  const t = await getTranslations("homeVisit");
  const view = await homeVisitFormView("operator", { address: "", phone: "" });
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeading title={t("phoneEntry")} lead={t("phoneEntryLead")} />
      <HomeVisitForm
        view={{
          ...view,
          labels: { ...view.labels, addressHint: t("operatorAddressHint"), submit: t("phoneSubmit") },
        }}
        action={operatorRequestVisitAction}
      />
    </div>
  );
}
