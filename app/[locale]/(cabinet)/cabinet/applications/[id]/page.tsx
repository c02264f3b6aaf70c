import { RefusalGroundsEntry } from "@/components/applications/refusal-grounds-entry";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AppealInfo } from "@/components/complaints/appeal-info";
import { PageHeading } from "@/components/layout/page-heading";
import { QueryProvider } from "@/components/live/query-provider";
import { RequestRefresher } from "@/components/live/request-refresher";
import { ResultSummary } from "@/components/results/result-summary";
import { getOwnApplication } from "@/lib/applications/drafts";
import { listApplicationEvents } from "@/lib/applications/events";
import { getCurrentUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { readDecision } from "@/lib/results/decision";
import { findResultDocument } from "@/lib/results/result-document";
import { collectionPlaceText, findCollectionPlace } from "@/lib/providers/collection-place";
import { storedService } from "@/lib/services/registry";
import { paths, routes } from "@/lib/entry/routes";
import { Timeline } from "@/components/ui/timeline";
import { appealLabels } from "@/lib/entry/views/complaint-facts";
import { InspectionVisit } from "@/components/applications/inspection-visit";
import { findOwnInspection, inspectionNotes } from "@/lib/office/inspections";
import { canWithdraw } from "@/lib/workflow/status-machine";

/** One request: where it stands, its dates, and every event of its history. */
export default async function RequestPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user) return null;
  const db = await getDb();
  const request = await getOwnApplication(db, user.userId, id);
  if (!request) notFound();
  if (request.status === "draft")
    redirect(routes.applicationStep(locale, id, storedService(request.serviceId).form.steps[0]!.id));
  const [t, format, events, result, inspection] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listApplicationEvents(db, id),
    findResultDocument(db, id),
    findOwnInspection(db, user.userId, id),
  ]);
  const service = storedService(request.serviceId);
  const place = await collectionPlaceText(
    await findCollectionPlace(db, request.providerId),
    locale,
    t(`services.${service.messageKey}.collect`),
  );
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "long", timeStyle: "short" }) : "—";
  return (
    <article className="max-w-3xl space-y-6">
      <PageHeading
        title={t("request.title", { number: request.number ?? "" })}
        lead={t(`services.${service.messageKey}.title`)}
      />
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("receipt.status")}</dt>
        <dd>{t(`statuses.${request.status}`)}</dd>
        <dt className="font-semibold">{t("receipt.receivedAt")}</dt>
        <dd>{when(request.submittedAt)}</dd>
        <dt className="font-semibold">{t("receipt.registeredAt")}</dt>
        <dd>{when(request.registeredAt)}</dd>
        <dt className="font-semibold">{t("receipt.dueAt")}</dt>
        <dd>{when(request.dueAt)}</dd>
        {request.extendedDueAt ? (
          <>
            <dt className="font-semibold">{t("request.dates.extendedDue")}</dt>
            <dd>
              {t("request.extendedDue", {
                date: when(request.extendedDueAt),
                reason: request.extensionReason ?? "",
              })}
            </dd>
          </>
        ) : null}
        <RefusalGroundsEntry
          label={t("request.dates.refusalGrounds")}
          grounds={(request.refusalGrounds ?? []).map((ground) => t(`refusalGrounds.${ground}` as never))}
        />
        {request.status !== "refused" && request.status !== "withdrawn" ? (
          <>
            <dt className="font-semibold">{t("receipt.place")}</dt>
            <dd>{place}</dd>
          </>
        ) : null}
      </dl>
      {result?.signatureCms ? (
        <ResultSummary
          document={result}
          decision={readDecision(result.content)}
          downloads={{ applicationId: id }}
        />
      ) : null}
      {canWithdraw({ status: request.status, prepared: request.prepared ?? null }) ? (
        <p>
          <Link href={paths.withdrawApplication(id)}>{t("withdraw.link")}</Link>
        </p>
      ) : null}
      {/* A refusal says how to appeal (seed 002 §11); any request can be complained about. */}
      {request.status === "refused" ? (
        <AppealInfo
          labels={await appealLabels()}
          action={<Link href={paths.newComplaint(id)}>{t("complaints.fileLink")}</Link>}
        />
      ) : (
        <p>
          <Link href={paths.newComplaint(id)}>{t("complaints.fileLink")}</Link>
        </p>
      )}
      {inspection ? (
        <InspectionVisit
          heading={t("request.inspection.title")}
          text={
            inspection.recordedAt
              ? t("request.inspection.done", { time: when(inspection.scheduledAt) })
              : t("request.inspection.scheduled", {
                  time: when(inspection.scheduledAt),
                  inspector: inspection.inspector,
                })
          }
        />
      ) : null}
      <Timeline
        id="timeline"
        heading={t("request.timeline")}
        entries={events.map((event) => ({
          id: event.id,
          title: t("request.event", {
            status: t(`statuses.${event.status}`),
            actor: t(`request.actors.${actorKey(event.actor)}`),
          }),
          at: event.at,
          when: when(event.at),
          note: event.note
            ? inspectionNotes.some((note) => note === event.note)
              ? t(`request.inspection.events.${event.note as (typeof inspectionNotes)[number]}`)
              : event.actor.startsWith("staff:")
                ? event.note
                : t(`receipt.${event.note}` as never)
            : null,
        }))}
      />
      <p>
        <Link href={paths.applicationReceipt(id)}>{t("request.receipt")}</Link>
      </p>
      <QueryProvider>
        <RequestRefresher id={id} announcement={t("request.updated")} />
      </QueryProvider>
    </article>
  );
}

/** Who an event's actor was, as a key under request.actors: staff role, applicant, operator or the portal. */
function actorKey(actor: string) {
  if (actor.startsWith("staff:")) return actor.slice(6) as "clerk" | "head" | "executor" | "registrar";
  return actor === "applicant" || actor === "operator" ? actor : "portal";
}
