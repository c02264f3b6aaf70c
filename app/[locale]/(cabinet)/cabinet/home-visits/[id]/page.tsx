import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { identityFields } from "@/components/forms/identity-fields";
import { confirmVisitConsentAction } from "@/lib/entry/actions/home-visits";
import { ContactCentre } from "@/components/home-visits/contact-centre";
import { VisitDetailsView } from "@/components/home-visits/visit-details";
import { PageHeading } from "@/components/layout/page-heading";
import { getCurrentUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { getOwnVisit } from "@/lib/home-visits/queries";
import type { Locale } from "@/lib/i18n/locales";
import { visitNextSteps } from "@/lib/home-visits/next-steps";
import { VisitNextSteps } from "@/components/home-visits/visit-next-steps";
import { paths } from "@/lib/entry/routes";
import { MoveVisitForm } from "@/components/home-visits/move-visit-form";
import { applicantMayChange } from "@/lib/home-visits/change-window";
import { timeWindows, visitDays } from "@/lib/home-visits/slots";
import { cancelOwnVisitAction, requestVisitMoveAction } from "@/lib/entry/actions/visit-changes";

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
  const [t, fields, format] = await Promise.all([getTranslations(), identityFields(), getFormatter()]);
  const { request, visit } = details;
  // Cancel or move: before it is scheduled, or more than 24 h before it (issue 13, point 5).
  const now = new Date();
  const changeable = applicantMayChange(visit, now);
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
      {changeable ? (
        <section aria-labelledby="visit-change" className="space-y-4 rounded border border-gray-300 p-4">
          <h2 id="visit-change" className="text-2xl">
            {t("visitChange.moveTitle")}
          </h2>
          <p>{t("visitChange.moveLead")}</p>
          <MoveVisitForm
            action={requestVisitMoveAction.bind(null, visit.id)}
            days={visitDays(now).map((day) => ({
              value: day,
              label: format.dateTime(new Date(`${day}T12:00:00+05:00`), {
                weekday: "long",
                day: "numeric",
                month: "long",
              }),
            }))}
            windows={timeWindows.map((window) => ({
              value: `${window.from}-${window.to}`,
              label: `${window.from}–${window.to}`,
            }))}
            labels={{
              date: t("homeVisit.form.slotDate"),
              window: t("homeVisit.form.slotWindow"),
              choose: t("homeVisit.form.choose"),
              submit: t("visitChange.moveSubmit"),
              summaryTitle: t("errors.summaryTitle"),
            }}
          />
          <h2 id="visit-cancel" className="text-2xl">
            {t("visitChange.cancelTitle")}
          </h2>
          <ActionForm
            action={cancelOwnVisitAction.bind(null, visit.id)}
            fields={[]}
            idPrefix="cancel-"
            submitLabel={t("visitChange.cancelSubmit")}
            summaryTitle={t("errors.summaryTitle")}
            confirmLabel={t("visitChange.cancelConfirm")}
          />
        </section>
      ) : visit.status === "scheduled" ? (
        <p>{t("visitChange.tooLate")}</p>
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
