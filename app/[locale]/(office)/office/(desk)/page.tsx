import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { OperatorQueue } from "@/components/home-visits/operator-queue";
import { PageHeading } from "@/components/layout/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { getDb } from "@/lib/db/server";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { getCurrentStaff } from "@/lib/entry/current-staff";
import { operatorVisits } from "@/lib/home-visits/operator";
import { workQueue } from "@/lib/office/queue";
import { storedService } from "@/lib/services/registry";
import type { StepLimit } from "@/lib/services/types";
import { paths } from "@/lib/entry/routes";
import { officeNotice } from "@/lib/entry/office-notices";
import { pageOrFirst } from "@/lib/forms/page-param";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ done?: string; page?: string }> };

export default async function OfficeQueuePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await getCurrentStaff();
  if (!staff) return null;
  const { done, page } = await searchParams;
  const notice = officeNotice(done);
  if (staff.role === "operator")
    return (
      <OperatorQueue
        notice={notice ? (await getTranslations("office.done"))(notice) : undefined}
        visits={await operatorVisits(await getDb())}
      />
    );
  const [t, format, queue] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getDb().then((db) => workQueue(db, staff, { page: pageOrFirst(page) })),
  ]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  const limitText = (limit: StepLimit) =>
    "minutes" in limit
      ? t("office.limitMinutes", { count: limit.minutes })
      : t(limit.unit === "working_days" ? "office.workingLeft" : "office.calendarLeft", {
          count: limit.amount,
        });
  return (
    <div className="space-y-6">
      <PageHeading
        title={t(staff.role === "registrar" ? "office.registeringBodyQueue" : "office.queue")}
        lead={t("office.queueCount", { count: queue.total })}
      />
      {notice ? (
        <p role="status" className="border-l-4 border-success bg-surface p-3">
          {t(`office.done.${notice}`)}
        </p>
      ) : null}
      {queue.items.length === 0 ? (
        <p>{t("office.empty")}</p>
      ) : (
        <DataTable
          headers={[
            t("office.number"),
            t("office.service"),
            t("office.status"),
            t("office.step"),
            t("office.due"),
            t("office.left"),
          ]}
          rows={queue.items.map(({ row, due, unit, overdue, left, step }) => ({
            key: row.id,
            className: overdue ? "bg-red-50" : undefined,
            cells: [
              <Link key="number" href={paths.officeRequest(row.id)}>
                {row.number}
              </Link>,
              t(`services.${storedService(row.serviceId).messageKey}.title`),
              t(`statuses.${row.status}`),
              step ? (
                <span key="step">
                  {t(`office.steps.${step.step}`)}: {limitText(step.limit)}{" "}
                  <span className="md:whitespace-nowrap">
                    ({t("office.stepBy", { time: when(step.dueAt) })})
                  </span>
                </span>
              ) : (
                "—"
              ),
              <span key="due" className="md:whitespace-nowrap">
                {due ? when(due) : "—"}
              </span>,
              <span key="left" className="md:whitespace-nowrap">
                {overdue ? (
                  <strong className="text-danger">{t("office.overdue")}</strong>
                ) : left === null ? (
                  "—"
                ) : (
                  t(unit === "working_days" ? "office.workingLeft" : "office.calendarLeft", { count: left })
                )}
              </span>,
            ],
          }))}
        />
      )}
      <Pagination page={queue.page} pages={queue.pages} href={(next) => paths.office({ page: next })} />
    </div>
  );
}
