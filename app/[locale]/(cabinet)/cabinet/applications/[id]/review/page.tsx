import { getTranslations, setRequestLocale } from "next-intl/server";
import { SubmitWithEds } from "@/components/applications/submit-with-eds";
import { PageHeading } from "@/components/layout/page-heading";
import { loadDraftForPage } from "@/lib/entry/page-draft";
import { listDraftAttachments } from "@/lib/applications/drafts";
import { loadFormContext } from "@/lib/applications/form-context";
import { buildFieldViews } from "@/lib/entry/views/step-fields";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { isAsked } from "@/lib/services/forms/build-schema";
import { storedService } from "@/lib/services/registry";
import { applicationFlow, localized, paths } from "@/lib/entry/routes";
import { EdsHelp } from "@/components/eds/eds-help";
import { offersChannel } from "@/lib/services/documents";
import { DocumentList } from "@/components/ui/document-list";
import { findDuplicateBirths } from "@/lib/applications/duplicate-birth";

/** Check your answers: every answer with a change link, the documents, then sign and submit. */
export default async function ReviewPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { user, db, application } = await loadDraftForPage(locale, id);
  const service = storedService(application.serviceId);
  const [t, context, files, duplicates] = await Promise.all([
    getTranslations(),
    loadFormContext(db, user.iin, application.data),
    listDraftAttachments(db, id),
    findDuplicateBirths(db, application),
  ]);
  const steps = service.form.steps;
  const sections = await Promise.all(
    steps.map(async (step) => ({
      step,
      fields: (await buildFieldViews(step.fields, context, application.data)).filter((field) =>
        isAsked(field, application.data, context.facts),
      ),
    })),
  );
  const shown = (field: { name: string; choices?: Array<{ value: string; label: string }> }) => {
    const value = application.data[field.name];
    if (!value) return t("apply.notProvided");
    return field.choices?.find((choice) => choice.value === value)?.label ?? value;
  };
  // No key yet: get one and come back here; or, where the service offers it, a home visit (002 §12).
  const help = {
    keysHref: paths.keys(false, localized(locale, paths.applicationReview(id))),
    homeVisitHref: offersChannel(service, "home-visit") ? paths.newHomeVisit() : undefined,
  };
  return (
    <div className="max-w-3xl space-y-8">
      <p>
        <Link href={applicationFlow(application, steps, "review").previous}>{t("apply.back")}</Link>
      </p>
      <p className="text-muted">
        {t(`services.${service.messageKey}.title`)} ·{" "}
        {t("apply.stepOf", { current: steps.length + 2, total: steps.length + 2 })}
      </p>
      <PageHeading title={t("steps.review")} focusOnArrival />
      {duplicates.length ? (
        // A warning, not a block: the other parent may have registered the same child (issue 13).
        <section
          aria-labelledby="duplicate-birth"
          className="rounded border-l-4 border-danger bg-surface p-4"
        >
          <h2 id="duplicate-birth" className="text-xl">
            {t("duplicateBirth.title")}
          </h2>
          <p>{t("duplicateBirth.applicant")}</p>
        </section>
      ) : null}
      {sections.map(({ step, fields }) => (
        <section key={step.id} aria-labelledby={`review-${step.id}`} className="space-y-2">
          <h2 id={`review-${step.id}`} className="text-xl">
            {t(`steps.${step.id}` as never)}
          </h2>
          <dl className="divide-y divide-gray-300 border-y border-gray-300">
            {fields.map((field) => (
              <div key={field.name} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr_auto] sm:gap-4">
                <dt className="font-semibold">{field.label}</dt>
                <dd className="break-words">{shown(field)}</dd>
                <dd>
                  <Link
                    href={`${paths.applicationStep(id, step.id)}?from=review#field-${field.name}`}
                    aria-label={t("apply.changeLabel", { field: field.label })}
                  >
                    {t("apply.change")}
                  </Link>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section aria-labelledby="review-documents" className="space-y-2">
        <h2 id="review-documents" className="text-xl">
          {t("steps.documents")}
        </h2>
        <DocumentList
          documents={files.map((file) => ({
            id: file.id,
            title: t(`documents.${file.documentType}` as never),
            name: file.name,
            sha256: file.sha256,
          }))}
        />
        <p>
          <Link
            href={paths.applicationDocuments(id)}
            aria-label={t("apply.changeLabel", { field: t("steps.documents") })}
          >
            {t("apply.change")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="review-sign" className="space-y-3 rounded bg-surface p-4">
        <h2 id="review-sign" className="text-xl">
          {t("apply.signAndSubmit")}
        </h2>
        <p>{t("apply.signLead")}</p>
        <noscript>
          <p className="rounded border-l-4 border-danger bg-white p-3 font-semibold">
            {t("eds.noscriptSign")}
          </p>
        </noscript>
        <SubmitWithEds
          applicationId={id}
          iin={user.iin}
          labels={{ submit: t("apply.signAndSubmit"), submitting: t("apply.submitting") }}
          help={help}
        />
        <EdsHelp
          labels={{
            title: t("eds.helpTitle"),
            text: t("eds.helpText"),
            noKey: t("eds.noKey"),
            getKey: t("eds.getKey"),
            homeVisit: t("eds.homeVisit"),
            homeVisitLead: t("eds.homeVisitLead"),
          }}
          {...help}
        />
      </section>
    </div>
  );
}
