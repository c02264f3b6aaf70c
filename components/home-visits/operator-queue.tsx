import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { DataTable } from "@/components/ui/data-table";
import type { operatorVisits } from "@/lib/home-visits/operator";
import { Link } from "@/lib/entry/i18n/navigation";
import { storedService } from "@/lib/services/registry";
import { paths } from "@/lib/entry/routes";

/** The State Corporation operator's desk: requests to schedule first, then the scheduled visits by time. */
export async function OperatorQueue({
  notice,
  visits,
}: {
  /** A translated notice from the fixed set (lib/entry/office-notices.ts). */
  notice?: string;
  visits: Awaited<ReturnType<typeof operatorVisits>>;
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <div className="space-y-6">
      <PageHeading title={t("homeVisit.operatorTitle")} />
      {notice ? (
        <p role="status" className="border-l-4 border-success bg-surface p-3">
          {notice}
        </p>
      ) : null}
      <p>
        <Link
          href={paths.officeNewHomeVisit()}
          className="inline-flex min-h-11 items-center rounded bg-brand px-5 font-semibold text-white"
        >
          {t("homeVisit.phoneEntry")}
        </Link>
      </p>
      {visits.length === 0 ? (
        <p>{t("office.empty")}</p>
      ) : (
        <DataTable
          headers={[
            t("receipt.number"),
            t("homeVisit.form.service"),
            t("homeVisit.status"),
            t("homeVisit.form.needs"),
            t("homeVisit.scheduled"),
          ]}
          rows={visits.map((visit) => ({
            key: visit.id,
            cells: [
              <Link key="number" href={paths.officeHomeVisit(visit.id)}>
                {visit.number}
              </Link>,
              t(`services.${storedService(visit.serviceId).messageKey}.title`),
              t(`homeVisit.statuses.${visit.status}`),
              visit.needs.map((need) => t(`homeVisit.needs.${need}` as never)).join(", ") || "—",
              visit.scheduledFrom
                ? format.dateTime(visit.scheduledFrom, { dateStyle: "medium", timeStyle: "short" })
                : "—",
            ],
          }))}
        />
      )}
    </div>
  );
}
