import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { DocumentsStep } from "@/components/applications/documents-continue";
import { PageHeading } from "@/components/layout/page-heading";
import { loadDraftForPage } from "@/lib/entry/page-draft";
import { documentsContinueAction } from "@/lib/entry/actions/applications";
import { listDraftAttachments } from "@/lib/applications/drafts";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { documentsFor } from "@/lib/services/documents";
import { storedService } from "@/lib/services/registry";
import { applicationFlow } from "@/lib/entry/routes";

type Props = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<{ tooLarge?: string | string[] }>;
};

export default async function DocumentsPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  // A post over the size limit came back here (lib/entry/http/action-guard.ts).
  const tooLarge = (await searchParams).tooLarge === "1";
  setRequestLocale(locale);
  const { db, application } = await loadDraftForPage(locale, id);
  const [t, format, files] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listDraftAttachments(db, id),
  ]);
  // File sizes in the page's language ("1 КБ"), formatted here: browsers lack Kazakh number data.
  const sizeText = (bytes: number) =>
    bytes < 1000 * 1024
      ? t("apply.sizeKb", { size: format.number(Math.max(1, Math.round(bytes / 1024))) })
      : t("apply.sizeMb", { size: format.number(bytes / 1024 / 1024, { maximumFractionDigits: 1 }) });
  const service = storedService(application.serviceId);
  const steps = service.form.steps;
  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href={applicationFlow(application, steps, "documents").previous}>{t("apply.back")}</Link>
      </p>
      <p className="text-muted">
        {t(`services.${service.messageKey}.title`)} ·{" "}
        {t("apply.stepOf", { current: steps.length + 1, total: steps.length + 2 })}
      </p>
      <PageHeading title={t("steps.documents")} lead={t("apply.documentsLead")} focusOnArrival />
      <p>{t("apply.eApplicationNote")}</p>
      <DocumentsStep
        applicationId={id}
        formError={tooLarge ? t("apply.tooLargeTogether") : undefined}
        action={documentsContinueAction.bind(null, id)}
        documents={documentsFor(service, "portal").map((document) => ({
          id: document.id,
          title: t(`documents.${document.id}` as never),
          requirement: t(`catalogue.${document.requirement}`),
          files: files
            .filter((file) => file.documentType === document.id)
            .map((file) => ({ id: file.id, name: file.name, size: sizeText(file.size) })),
        }))}
        labels={{
          choose: t("apply.chooseFile"),
          drop: t("apply.dropHint"),
          uploading: t("apply.uploading", { name: "{name}" }),
          uploaded: t("apply.uploaded", { name: "{name}" }),
          remove: t("apply.remove"),
          removeLabel: t("apply.removeLabel", { name: "{name}" }),
          removed: t("apply.removed", { name: "{name}" }),
          none: t("apply.none"),
          continue: t("apply.continue"),
          attach: t("apply.attach"),
          summaryTitle: t("errors.summaryTitle"),
        }}
      />
    </div>
  );
}
