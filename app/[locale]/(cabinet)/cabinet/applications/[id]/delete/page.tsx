import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeading } from "@/components/layout/page-heading";
import { listDraftAttachments } from "@/lib/applications/drafts";
import { deleteDraftAction } from "@/lib/entry/actions/drafts";
import { loadDraftForPage } from "@/lib/entry/page-draft";
import { paths } from "@/lib/entry/routes";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { storedService } from "@/lib/services/registry";

/** Delete a draft: what goes (the answers and the uploaded files), a confirmation box, works without JS. */
export default async function DeleteDraftPage({
  params,
}: {
  params: Promise<{ locale: Locale; id: string }>;
}) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const { db, application } = await loadDraftForPage(locale, id);
  const [t, format, files] = await Promise.all([
    getTranslations(),
    getFormatter(),
    listDraftAttachments(db, id),
  ]);
  const service = storedService(application.serviceId);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  return (
    <article className="max-w-3xl space-y-6">
      <PageHeading title={t("drafts.deleteTitle")} lead={t(`services.${service.messageKey}.title`)} />
      <p>{t("drafts.dates", { started: when(application.createdAt), saved: when(application.updatedAt) })}</p>
      <p>{t("drafts.deleteLead", { files: files.length })}</p>
      <ActionForm
        action={deleteDraftAction.bind(null, id)}
        fields={[]}
        submitLabel={t("drafts.deleteSubmit")}
        summaryTitle={t("errors.summaryTitle")}
        confirmLabel={t("drafts.deleteConfirm")}
      />
      <p>
        <Link href={paths.applicationStep(id, service.form.steps[0]!.id)}>{t("drafts.keep")}</Link>
      </p>
    </article>
  );
}
