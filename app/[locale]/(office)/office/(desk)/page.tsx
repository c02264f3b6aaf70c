import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
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
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">{t("office.number")}</th>
                <th scope="col" className="p-2">{t("office.service")}</th>
                <th scope="col" className="p-2">{t("office.status")}</th>
                <th scope="col" className="p-2">{t("office.due")}</th>
                <th scope="col" className="p-2">{t("office.left")}</th>
              </tr>
            </thead>
            <tbody>
              {queue.map(({ row, due, unit, overdue, left }) => (
                <tr key={row.id} className={`border-b border-gray-300 ${overdue ? "bg-red-50" : ""}`}>
                  <td className="p-2"><Link href={`/office/requests/${row.id}`}>{row.number}</Link></td>
                  <td className="p-2">{t(`services.${findService(row.serviceId)!.messageKey}.title`)}</td>
                  <td className="p-2">{t(`statuses.${row.status}`)}</td>
                  <td className="p-2 whitespace-nowrap">{due ? format.dateTime(due, { dateStyle: "medium", timeStyle: "short" }) : "—"}</td>
                  <td className="p-2 whitespace-nowrap">
                    {overdue ? <strong className="text-danger">{t("office.overdue")}</strong> : left === null ? "—" : t(unit === "working_days" ? "office.workingLeft" : "office.calendarLeft", { count: left })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
