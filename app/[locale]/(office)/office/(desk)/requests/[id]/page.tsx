import { RefusalGroundsEntry } from "@/components/applications/refusal-grounds-entry";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeading } from "@/components/layout/page-heading";
import { DecisionChoices } from "@/components/office/decision-choices";
import { SignResult } from "@/components/office/sign-result";
import { ResultSummary } from "@/components/results/result-summary";
import { listApplicationEvents } from "@/lib/applications/events";
import { getDb } from "@/lib/db/server";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { staffActAction } from "@/lib/entry/actions/office";
import { CONFIRMED_ACTIONS } from "@/lib/entry/forms/confirmation";
import { getCurrentStaff } from "@/lib/entry/current-staff";
import { parseId } from "@/lib/ids";
import { findApplicantPerson, listRequestAttachments } from "@/lib/office/provider-request";
import {
  electronicCopyHeld,
  findStaffRequest,
  flowOf,
  registeringBodyView,
} from "@/lib/office/registering-body";
import { readDecision } from "@/lib/results/decision";
import { findInspection, inspectionNotes } from "@/lib/office/inspections";
import { recordInspectionAction, scheduleInspectionAction } from "@/lib/entry/actions/inspections";
import { HousingInspection } from "@/components/office/housing-inspection";
import { SendToRegisteringBody } from "@/components/office/send-to-registering-body";
import { findResultDocument } from "@/lib/results/result-document";
import { signedAnswers } from "@/lib/results/signed-answers";
import { refusalGroundsOf } from "@/lib/services/refusal-grounds";
import { storedService } from "@/lib/services/registry";
import { availableActions, workflowRules, type WorkflowAction } from "@/lib/workflow/status-machine";
import { apiPaths, paths } from "@/lib/entry/routes";
import { DocumentList } from "@/components/ui/document-list";
import { Timeline } from "@/components/ui/timeline";
import { findDuplicateBirths } from "@/lib/applications/duplicate-birth";

/** A request as the provider's staff see it, with the actions their role may take now. */
export default async function OfficeRequestPage({
  params,
}: {
  params: Promise<{ locale: Locale; id: string }>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const staff = await getCurrentStaff();
  if (!staff) return null;
  const db = await getDb();
  if (!parseId(id)) notFound();
  // The registering body's registrar sees the restorations sent to it (seed 001 §5 step 6).
  const request = await findStaffRequest(db, staff, id);
  if (!request) notFound();
  const [t, format, events, files, person, result, bodies, inspection, copy, duplicates] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listApplicationEvents(db, id),
    listRequestAttachments(db, id),
    findApplicantPerson(db, request.userId),
    findResultDocument(db, id),
    registeringBodyView(db, request),
    findInspection(db, id),
    flowOf(storedService(request.serviceId)) === "registeringBody" ? electronicCopyHeld(db, request) : null,
    findDuplicateBirths(db, request),
  ]);
  const service = storedService(request.serviceId);
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "long", timeStyle: "short" }) : "—";
  const flow = flowOf(service);
  const ownExecutor = staff.role === "executor" && request.executorId === staff.id;
  const actions = availableActions(
    staff.role,
    { status: request.status, prepared: request.prepared ?? null },
    flow,
  )
    .filter(() => staff.role !== "executor" || ownExecutor)
    // A conclusion service answers "impossible" with its conclusion, never a refusal (seed 003 §3).
    .filter((action) => action !== "prepareRefusal" || service.resultForm !== "conclusion");
  const preparedKey =
    flow === "registeringBody" && request.prepared === "result"
      ? "office.preparedConclusion"
      : (`office.prepared.${request.prepared ?? "result"}` as const);
  const inspecting = ownExecutor && ["in_review", "extended"].includes(request.status) && !request.prepared;
  const groundOptions = (stage: "intake" | "decision") =>
    refusalGroundsOf(service, stage).map((ground) => ({
      value: ground.id,
      label: t(`refusalGrounds.${ground.id}`),
    }));
  const isConclusion = service.resultForm === "conclusion";
  const reasonLabel = (action: WorkflowAction) =>
    `${t(`office.actions.${action}`)}: ${
      action === "prepareResult" ? t("office.refusal.explanation") : t("office.reason")
    }`;
  const formFields = (action: WorkflowAction) => [
    ...(action === "prepareResult" && service.resultForm === "issueAppointment"
      ? [{ name: "issueAt", label: t("office.refusal.issueAt"), type: "datetime-local" as const }]
      : []),
    ...(workflowRules[action].needsReason || (action === "prepareResult" && isConclusion)
      ? [{ name: "reason", label: reasonLabel(action) }]
      : []),
  ];
  const choices = (action: WorkflowAction) => {
    if (action === "refuseIntake")
      return { grounds: { legend: t("office.refusal.grounds"), options: groundOptions("intake") } };
    if (action === "prepareRefusal")
      return { grounds: { legend: t("office.refusal.grounds"), options: groundOptions("decision") } };
    if (action === "prepareResult" && isConclusion)
      return {
        conclusion: {
          legend: t("office.refusal.conclusion"),
          options: (["possible", "impossible"] as const).map((value) => ({
            value,
            label: t(`results.details.${value}`),
          })),
        },
        grounds: { legend: t("office.refusal.groundsIfImpossible"), options: groundOptions("decision") },
      };
    return null;
  };
  return (
    <article className="space-y-6">
      <p>
        <Link href={paths.office()}>{t("office.back")}</Link>
      </p>
      <PageHeading
        title={t("request.title", { number: request.number ?? "" })}
        lead={t(`services.${service.messageKey}.title`)}
      />
      {duplicates.length ? (
        <section
          aria-labelledby="duplicate-birth"
          className="rounded border-l-4 border-danger bg-surface p-4"
        >
          <h2 id="duplicate-birth" className="text-xl">
            {t("duplicateBirth.title")}
          </h2>
          <p>
            {t("duplicateBirth.office", {
              numbers: duplicates.map((duplicate) => duplicate.number ?? "—").join(", "),
            })}
          </p>
        </section>
      ) : null}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("office.applicant")}</dt>
        <dd>
          {person ? `${person.surname} ${person.givenName} ${person.patronymic ?? ""} (${person.iin})` : "—"}
        </dd>
        <dt className="font-semibold">{t("office.status")}</dt>
        <dd>
          {t(`statuses.${request.status}`)}
          {request.prepared ? ` — ${t(preparedKey)}` : ""}
        </dd>
        {copy === null ? null : (
          <>
            <dt className="font-semibold">{t("office.electronicCopy.label")}</dt>
            <dd>{t(copy ? "office.electronicCopy.yes" : "office.electronicCopy.no")}</dd>
          </>
        )}
        {bodies.current ? (
          <>
            <dt className="font-semibold">{t("office.registeringBody")}</dt>
            <dd>{bodies.current.name}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("receipt.registeredAt")}</dt>
        <dd>{when(request.registeredAt)}</dd>
        <dt className="font-semibold">{t("receipt.dueAt")}</dt>
        <dd>{when(request.dueAt)}</dd>
        {request.extendedDueAt ? (
          <>
            <dt className="font-semibold">{t("request.dates.extendedDue")}</dt>
            <dd>{when(request.extendedDueAt)}</dd>
          </>
        ) : null}
        <RefusalGroundsEntry
          label={t("request.dates.refusalGrounds")}
          grounds={(request.refusalGrounds ?? []).map((ground) => t(`refusalGrounds.${ground}` as never))}
        />
        {request.extensionNoticeDueAt ? (
          <>
            <dt className="font-semibold">{t("office.extensionNotice")}</dt>
            <dd>
              {request.extensionNoticedAt
                ? t("office.noticeDelivered", { time: when(request.extensionNoticedAt) })
                : t("office.noticePending", { time: when(request.extensionNoticeDueAt) })}
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="office-answers" className="space-y-2">
        <h2 id="office-answers" className="text-xl">
          {t("office.answers")}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {Object.entries(signedAnswers(request)).map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="font-semibold">{t(`fields.${name}` as never)}</dt>
              <dd className="break-words">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="office-documents" className="space-y-2">
        <h2 id="office-documents" className="text-xl">
          {t("office.documents")}
        </h2>
        <DocumentList
          documents={files.map((file) => ({
            id: file.id,
            title: t(`documents.${file.documentType}` as never),
            name: file.name,
            sha256: file.sha256,
            href: apiPaths.officeAttachment(file.id),
          }))}
          downloadLabel={(name) => t("office.download", { name })}
        />
      </section>
      {service.requiresHousingInspection ? (
        <HousingInspection
          inspection={inspection}
          actions={
            inspecting
              ? {
                  schedule: scheduleInspectionAction.bind(null, id),
                  record: recordInspectionAction.bind(null, id),
                }
              : null
          }
        />
      ) : null}
      {result ? <ResultSummary document={result} decision={readDecision(result.content)} /> : null}
      <Timeline
        id="office-history"
        heading={t("office.history")}
        headingClassName="text-xl"
        entries={events.map((event) => ({
          id: event.id,
          title: t(`statuses.${event.status}`),
          at: event.at,
          when: when(event.at),
          note: inspectionNotes.some((note) => note === event.note)
            ? t(`request.inspection.events.${event.note as (typeof inspectionNotes)[number]}`)
            : event.note,
        }))}
      />
      {actions.length ? (
        <section aria-labelledby="office-actions" className="space-y-4">
          <h2 id="office-actions" className="text-xl">
            {t("office.actionsTitle")}
          </h2>
          {actions.map((action) => (
            <div key={action} className="rounded border border-gray-300 p-3">
              {action === "sendToRegisteringBody" ? (
                <SendToRegisteringBody
                  action={staffActAction.bind(null, id, action)}
                  version={request.version}
                  bodies={bodies.bodies}
                  suggested={bodies.suggested}
                />
              ) : action === "sign" ? (
                staff.iin ? (
                  <SignResult
                    applicationId={id}
                    version={request.version}
                    iin={staff.iin}
                    labels={{ submit: t("office.signWithEds"), submitting: t("office.signing") }}
                  />
                ) : (
                  <p>{t("office.noStaffKey")}</p>
                )
              ) : (
                <ActionForm
                  action={staffActAction.bind(null, id, action)}
                  hidden={{ version: String(request.version) }}
                  idPrefix={`${action}-`}
                  fields={formFields(action)}
                  submitLabel={t(`office.actions.${action}`)}
                  confirmLabel={CONFIRMED_ACTIONS.has(action) ? t("office.confirm") : undefined}
                  summaryTitle={t("errors.summaryTitle")}
                  childLabels={{
                    grounds: t("office.refusal.grounds"),
                    conclusion: t("office.refusal.conclusion"),
                  }}
                >
                  {choices(action) ? <DecisionChoices idPrefix={`${action}-`} {...choices(action)} /> : null}
                </ActionForm>
              )}
            </div>
          ))}
        </section>
      ) : null}
    </article>
  );
}
