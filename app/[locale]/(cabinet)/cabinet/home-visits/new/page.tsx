import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContactCentre } from "@/components/home-visits/contact-centre";
import { HomeVisitForm } from "@/components/home-visits/home-visit-form";
import { PageHeading } from "@/components/layout/page-heading";
import { getCurrentUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { requestVisitAction } from "@/lib/entry/actions/home-visits";
import { homeVisitFormView } from "@/lib/entry/views/home-visit-form";
import type { Locale } from "@/lib/i18n/locales";
import { createRegistries } from "@/lib/registries";

/**
 * Ask for a home visit, for oneself or (?for=other) for another person; the address and phone come
 * prefilled.
 */
export default async function NewHomeVisitPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ for?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user) return null;
  const mode = (await searchParams).for === "other" ? "other" : "self";
  const [t, person] = await Promise.all([
    getTranslations("homeVisit"),
    createRegistries(await getDb()).individuals.findByIin(user.iin),
  ]);
  const address = person
    ? [
        person.address.region,
        person.address.district,
        person.address.locality,
        person.address.street,
        person.address.house,
        person.address.flat,
      ]
        .filter(Boolean)
        .join(", ")
    : "";
  const view = await homeVisitFormView(mode, { address, phone: person?.phone ?? user.phone });
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeading
        title={t(mode === "other" ? "newOtherTitle" : "newTitle")}
        lead={t(mode === "other" ? "newOtherLead" : "newLead")}
      />
      <HomeVisitForm view={view} action={requestVisitAction.bind(null, mode)} />
      <ContactCentre />
    </div>
  );
}
