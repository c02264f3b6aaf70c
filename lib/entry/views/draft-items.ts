import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { DraftItem } from "@/components/applications/draft-list";
import { paths } from "@/lib/entry/routes";
import { storedService } from "@/lib/services/registry";

type DraftRow = { id: string; serviceId: string; createdAt: Date; updatedAt: Date };

/** The drafts as the list shows them, dates in the page's locale and Asia/Almaty. */
export async function draftItems(rows: DraftRow[], options: { withService: boolean }): Promise<DraftItem[]> {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  return rows.map((row) => {
    const service = storedService(row.serviceId);
    const title = t(`services.${service.messageKey}.title`);
    return {
      id: row.id,
      service: options.withService ? title : undefined,
      dates: t("drafts.dates", { started: when(row.createdAt), saved: when(row.updatedAt) }),
      continueHref: paths.applicationStep(row.id, service.form.steps[0]!.id),
      continueLabel: options.withService
        ? t("apply.continueDraft", { service: title })
        : t("drafts.continue"),
      deleteHref: paths.deleteDraft(row.id),
      deleteLabel: t("drafts.delete"),
    };
  });
}
