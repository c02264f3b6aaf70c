import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/entry/i18n/navigation";
import type { VisitDetails } from "@/lib/home-visits/queries";
import { documentsFor } from "@/lib/services/documents";
import { storedService } from "@/lib/services/registry";
import { Timeline } from "@/components/ui/timeline";

/**
 * A home visit: what, where, when, who comes, and its history. `requestHref` links the registered
 * request.
 */
export async function VisitDetailsView({
  details,
  requestHref,
  applicant,
}: {
  details: VisitDetails;
  requestHref?: string | null;
  applicant?: string;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const { visit, events, request } = details;
  const service = storedService(visit.serviceId);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "full", timeStyle: "short" });
  const day = (date: string) =>
    format.dateTime(new Date(`${date}T12:00:00+05:00`), { weekday: "long", day: "numeric", month: "long" });
  const rows: Array<[string, React.ReactNode]> = [
    [t("homeVisit.status"), t(`homeVisit.statuses.${visit.status}`)],
    [t("homeVisit.form.service"), t(`services.${service.messageKey}.title`)],
    ...(applicant ? ([[t("office.applicant"), applicant]] as Array<[string, React.ReactNode]>) : []),
    [t("homeVisit.form.address"), visit.address],
    [t("homeVisit.form.phone"), visit.phone],
    [
      t("homeVisit.preferred"),
      <ul key="slots" className="list-disc pl-5">
        {visit.preferredSlots.map((slot) => (
          <li key={`${slot.date}${slot.from}`}>
            {day(slot.date)}, {slot.from}–{slot.to}
          </li>
        ))}
      </ul>,
    ],
    [
      t("homeVisit.form.needs"),
      [
        ...visit.needs
          .filter((need) => need !== "other")
          .map((need) => t(`homeVisit.needs.${need}` as never)),
        visit.needsOther,
      ]
        .filter(Boolean)
        .join("; ") || "—",
    ],
    [t("homeVisit.form.note"), visit.note ?? "—"],
  ];
  if (visit.healthReason)
    rows.splice(3, 0, [
      t("homeVisit.form.healthReason"),
      [t(`homeVisit.healthReasons.${visit.healthReason}` as never), visit.healthReasonText]
        .filter(Boolean)
        .join(": "),
    ]);
  if (visit.childBirthDate)
    rows.push([
      t("homeVisit.form.childBirthDate"),
      format.dateTime(new Date(`${visit.childBirthDate}T12:00:00+05:00`), { dateStyle: "long" }),
    ]);
  // What the employee takes: the home-visit set, the paper application with it (002 §4, §12).
  rows.push([
    t("homeVisit.documentsToTake"),
    <ul key="documents" className="list-disc pl-5">
      {documentsFor(service, "home-visit").map((document) => (
        <li key={document.id}>
          {t(`documents.${document.id}` as never)} ({t(`catalogue.${document.requirement}`)})
        </li>
      ))}
    </ul>,
  ]);
  if (visit.scheduledFrom)
    rows.push([
      t("homeVisit.scheduled"),
      t("homeVisit.scheduledValue", {
        time: when(visit.scheduledFrom),
        until: format.dateTime(visit.scheduledTo!, { timeStyle: "short" }),
        employee: visit.employee ?? "",
      }),
    ]);
  if (visit.cancelReason) rows.push([t("homeVisit.cancelReason"), visit.cancelReason]);
  if (request)
    rows.push([
      t("homeVisit.request"),
      requestHref ? (
        <Link key="request" href={requestHref}>
          {request.number}
        </Link>
      ) : (
        request.number
      ),
    ]);
  return (
    <div className="space-y-6">
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="font-semibold">{term}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      <Timeline
        id="visit-history"
        heading={t("request.timeline")}
        entries={events.map((event) => ({
          id: event.id,
          title: t("homeVisit.event", {
            status: t(`homeVisit.statuses.${event.status}`),
            actor: t(`homeVisit.actors.${event.actor}` as never),
          }),
          at: event.at,
          when: when(event.at),
          note:
            event.note === "rescheduled"
              ? t("homeVisit.rescheduled")
              : event.note === "byApplicant" || event.note === "moveRequested"
                ? t(`visitChange.notes.${event.note}`)
                : event.note,
        }))}
      />
    </div>
  );
}
