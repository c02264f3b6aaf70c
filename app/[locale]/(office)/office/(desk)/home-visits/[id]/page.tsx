import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { CompleteVisitForm, ScheduleVisitForm } from "@/components/home-visits/operator-forms";
import { VisitDetailsView } from "@/components/home-visits/visit-details";
import { PageHeading } from "@/components/layout/page-heading";
import { getDb } from "@/lib/db/server";
import { cancelVisitAction, completeVisitAction, scheduleVisitAction } from "@/lib/entry/actions/operator";
import { getVisit } from "@/lib/home-visits/queries";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { getCurrentStaff } from "@/lib/entry/current-staff";
import { createRegistries } from "@/lib/registries";
import { paths } from "@/lib/entry/routes";
import { visitNotice } from "@/lib/entry/office-notices";

/** A home visit as the operator works it: schedule or reschedule, cancel with a reason, or complete it. */
export default async function OperatorVisitPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<{ done?: string }>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const staff = await getCurrentStaff();
  if (staff?.role !== "operator") notFound();
  const db = await getDb();
  const details = await getVisit(db, id);
  if (!details) notFound();
  const [t, person, { done }] = await Promise.all([
    getTranslations(),
    createRegistries(db).individuals.findByIin(details.visit.applicantIin),
    searchParams,
  ]);
  const { visit } = details;
  const notice = visitNotice(done);
  const open = visit.status === "requested" || visit.status === "scheduled";
  const hidden = { version: String(visit.version) };
  return (
    <article className="max-w-3xl space-y-6">
      <p>
        <Link href={paths.office()}>{t("office.back")}</Link>
      </p>
      <PageHeading
        title={t("homeVisit.title", { number: visit.number })}
        lead={t(`homeVisit.channels.${visit.channel}`)}
        focusOnArrival
      />
      {notice ? (
        <p role="status" className="border-l-4 border-success bg-surface p-3">
          {t(`homeVisit.done.${notice}`)}
        </p>
      ) : null}
      <VisitDetailsView
        details={details}
        applicant={
          person
            ? `${person.surname} ${person.givenName} ${person.patronymic ?? ""} (${person.iin})`
            : visit.applicantIin
        }
      />
      {open ? (
        <section aria-labelledby="visit-actions" className="space-y-4">
          <h2 id="visit-actions" className="text-2xl">
            {t("office.actionsTitle")}
          </h2>
          <div className="rounded border border-gray-300 p-3">
            <h3 className="mb-3 text-xl">
              {t(visit.status === "scheduled" ? "homeVisit.reschedule" : "homeVisit.schedule")}
            </h3>
            <ScheduleVisitForm action={scheduleVisitAction.bind(null, visit.id)} version={visit.version} />
          </div>
          {visit.status === "scheduled" ? (
            <div className="rounded border border-gray-300 p-3">
              <h3 className="mb-3 text-xl">{t("homeVisit.complete")}</h3>
              <CompleteVisitForm action={completeVisitAction.bind(null, visit.id)} version={visit.version} />
            </div>
          ) : null}
          <div className="rounded border border-gray-300 p-3">
            <ActionForm
              action={cancelVisitAction.bind(null, visit.id)}
              hidden={hidden}
              idPrefix="cancel-"
              fields={[{ name: "reason", label: t("homeVisit.cancelReason") }]}
              submitLabel={t("homeVisit.cancel")}
              confirmLabel={t("office.confirm")}
              summaryTitle={t("errors.summaryTitle")}
            />
          </div>
        </section>
      ) : null}
    </article>
  );
}
