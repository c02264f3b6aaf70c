import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeading } from "@/components/layout/page-heading";
import { SignResult } from "@/components/office/sign-result";
import { ResultSummary } from "@/components/results/result-summary";
import { listApplicationEvents } from "@/lib/applications/events";
import { getDb } from "@/lib/db/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { staffActAction } from "@/lib/entry/actions/office";
import { CONFIRMED_ACTIONS } from "@/lib/entry/forms/confirmation";
import { getCurrentStaff } from "@/lib/entry/current-staff";
import { parseId } from "@/lib/ids";
import {
  findApplicantPerson,
  findProviderRequest,
  listRequestAttachments,
} from "@/lib/office/provider-request";
import { findResultDocument } from "@/lib/results/result-document";
import { storedService } from "@/lib/services/registry";
import { availableActions, workflowRules } from "@/lib/workflow/status-machine";
import { apiPaths, paths } from "@/lib/entry/routes";
import { DocumentList } from "@/components/ui/document-list";
import { Timeline } from "@/components/ui/timeline";

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
  const request = await findProviderRequest(db, staff.providerId, id);
  if (!request) notFound();
  const [t, format, events, files, person, result] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listApplicationEvents(db, id),
    listRequestAttachments(db, id),
    findApplicantPerson(db, request.userId),
    findResultDocument(db, id),
  ]);
  const service = storedService(request.serviceId);
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "long", timeStyle: "short" }) : "—";
  const actions = availableActions(staff.role, {
    status: request.status,
    prepared: request.prepared ?? null,
  }).filter(() => staff.role !== "executor" || request.executorId === staff.id);
  return (
    <article className="space-y-6">
      <p>
        <Link href={paths.office()}>{t("office.back")}</Link>
      </p>
      <PageHeading
        title={t("request.title", { number: request.number ?? "" })}
        lead={t(`services.${service.messageKey}.title`)}
      />
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("office.applicant")}</dt>
        <dd>
          {person ? `${person.surname} ${person.givenName} ${person.patronymic ?? ""} (${person.iin})` : "—"}
        </dd>
        <dt className="font-semibold">{t("office.status")}</dt>
        <dd>
          {t(`statuses.${request.status}`)}
          {request.prepared ? ` — ${t(`office.prepared.${request.prepared}`)}` : ""}
        </dd>
        <dt className="font-semibold">{t("receipt.registeredAt")}</dt>
        <dd>{when(request.registeredAt)}</dd>
        <dt className="font-semibold">{t("receipt.dueAt")}</dt>
        <dd>{when(request.extendedDueAt ?? request.dueAt)}</dd>
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
          {Object.entries(request.data).map(([name, value]) => (
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
      {result ? <ResultSummary document={result} /> : null}
      <Timeline
        id="office-history"
        heading={t("office.history")}
        headingClassName="text-xl"
        entries={events.map((event) => ({
          id: event.id,
          title: t(`statuses.${event.status}`),
          at: event.at,
          when: when(event.at),
          note: event.note,
        }))}
      />
      {actions.length ? (
        <section aria-labelledby="office-actions" className="space-y-4">
          <h2 id="office-actions" className="text-xl">
            {t("office.actionsTitle")}
          </h2>
          {actions.map((action) => (
            <div key={action} className="rounded border border-gray-300 p-3">
              {action === "sign" ? (
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
                  fields={
                    workflowRules[action].needsReason
                      ? [{ name: "reason", label: `${t(`office.actions.${action}`)}: ${t("office.reason")}` }]
                      : []
                  }
                  submitLabel={t(`office.actions.${action}`)}
                  confirmLabel={CONFIRMED_ACTIONS.has(action) ? t("office.confirm") : undefined}
                  summaryTitle={t("errors.summaryTitle")}
                />
              )}
            </div>
          ))}
        </section>
      ) : null}
    </article>
  );
}
