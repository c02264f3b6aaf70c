import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { identityFields } from "@/components/forms/identity-fields";
import { confirmVisitConsentAction } from "@/lib/entry/actions/home-visits";
import { ContactCentre } from "@/components/home-visits/contact-centre";
import { VisitDetailsView } from "@/components/home-visits/visit-details";
import { PageHeading } from "@/components/layout/page-heading";
import { getCurrentUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { getOwnVisit } from "@/lib/home-visits/queries";
import { visitNextSteps } from "@/lib/home-visits/next-steps";
import { VisitNextSteps } from "@/components/home-visits/visit-next-steps";
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
  const [t, fields] = await Promise.all([getTranslations(), identityFields()]);
  const { request, visit } = details;
  // The request reached the operator when it was made, or when the person confirmed it by code.
  const requestedAt = details.events.findLast((event) => event.status === "requested")?.at ?? visit.createdAt;
  const steps = visitNextSteps({ ...visit, requestedAt });
  const awaitsMyConfirmation = visit.status === "awaiting_consent" && visit.helperUserId === user.userId;
  return (
    <article className="max-w-3xl space-y-6">
      <PageHeading title={t("homeVisit.title", { number: visit.number })} focusOnArrival />
      {awaitsMyConfirmation ? (
        <section aria-labelledby="visit-consent" className="space-y-4 rounded border border-gray-300 p-4">
          <h2 id="visit-consent" className="text-2xl">
            {t("homeVisit.consentTitle")}
          </h2>
          <p>{t("homeVisit.consentLead")}</p>
          <ActionForm
            action={confirmVisitConsentAction.bind(null, visit.id)}
            fields={[fields.code]}
            submitLabel={t("homeVisit.consentSubmit")}
            summaryTitle={t("errors.summaryTitle")}
          />
        </section>
      ) : null}
      <VisitNextSteps steps={steps} />
      <VisitDetailsView
        details={details}
        requestHref={request && request.userId === user.userId ? paths.application(request.id) : null}
      />
      <ContactCentre />
    </article>
  );
}
