import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContactCentre } from "@/components/home-visits/contact-centre";
import { VisitDetailsView } from "@/components/home-visits/visit-details";
import { PageHeading } from "@/components/layout/page-heading";
import { getCurrentUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { getOwnVisit } from "@/lib/home-visits/queries";
import type { Locale } from "@/lib/i18n/routing";
import { paths } from "@/lib/entry/routes";

/**
 * One home visit of the user's: its status, the visit time and employee, its history, the registered
 * request.
 */
export default async function HomeVisitPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user) return null;
  const details = await getOwnVisit(await getDb(), user.userId, id);
  if (!details) notFound();
  const t = await getTranslations("homeVisit");
  const { request } = details;
  return (
    <article className="max-w-3xl space-y-6">
      <PageHeading title={t("title", { number: details.visit.number })} focusOnArrival />
      <VisitDetailsView
        details={details}
        requestHref={request && request.userId === user.userId ? paths.application(request.id) : null}
      />
      <ContactCentre />
    </article>
  );
}
