import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { getDb } from "@/lib/db/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getCurrentStaff } from "@/lib/office/current-staff";
import { workQueue } from "@/lib/office/queue";
import { findService } from "@/lib/services/definitions";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ done?: string }> };

export default async function OfficeQueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await getCurrentStaff();
  if (!staff) return null;
  const [t, format, queue, { done }] = await Promise.all([getTranslations(), getFormatter(), getDb().then((db) => workQueue(db, staff)), searchParams]);
  return (
    <div className="space-y-6">
      <PageHeading title={t("office.queue")} />
      {done ? <p role="status" className="border-l-4 border-success bg-surface p-3">{done.slice(0, 100)}</p> : null}
      {queue.length === 0 ? <p>{t("office.empty")}</p> : (
        <DataTable
          headers={[t("office.number"), t("office.service"), t("office.status"), t("office.due"), t("office.left")]}
          rows={queue.map(({ row, due, unit, overdue, left }) => ({
            key: row.id,
            className: overdue ? "bg-red-50" : undefined,
            cells: [
              <Link key="number" href={`/office/requests/${row.id}`}>{row.number}</Link>,
              t(`services.${findService(row.serviceId)!.messageKey}.title`),
              t(`statuses.${row.status}`),
              <span key="due" className="whitespace-nowrap">{due ? format.dateTime(due, { dateStyle: "medium", timeStyle: "short" }) : "—"}</span>,
              <span key="left" className="whitespace-nowrap">
                {overdue ? <strong className="text-danger">{t("office.overdue")}</strong> : left === null ? "—" : t(unit === "working_days" ? "office.workingLeft" : "office.calendarLeft", { count: left })}
              </span>,
            ],
          }))}
        />
      )}
    </div>
  );
}
