import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { getDb } from "@/lib/db/server";
import { operatorVisits } from "@/lib/home-visits/operator";
import { Link } from "@/lib/i18n/navigation";
import { storedService } from "@/lib/services/registry";

/** The State Corporation operator's desk: requests to schedule first, then the scheduled visits by time. */
export async function OperatorQueue({ done }: { done?: string }) {
  const [t, format, visits] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getDb().then((db) => operatorVisits(db)),
  ]);
  return (
    <div className="space-y-6">
      <PageHeading title={t("homeVisit.operatorTitle")} />
      {done ? (
        <p role="status" className="border-l-4 border-success bg-surface p-3">
          {done.slice(0, 100)}
        </p>
      ) : null}
      <p>
        <Link
          href="/office/home-visits/new"
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
              <Link key="number" href={`/office/home-visits/${visit.id}`}>
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
