import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { complaintQueue } from "@/lib/complaints/office";
import { getDb } from "@/lib/db/server";
import { getCurrentStaff } from "@/lib/entry/current-staff";
import { paths } from "@/lib/entry/routes";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

/** The head's complaints: open ones by due date (5 working days, seed 002 §11), then recent answers. */
export default async function OfficeComplaintsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const staff = await getCurrentStaff();
  if (!staff) return null;
  if (staff.role !== "head") notFound();
  const [t, format, queue] = await Promise.all([
    getTranslations("complaints"),
    getFormatter(),
    getDb().then((db) => complaintQueue(db, staff)),
  ]);
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—";
  const table = (rows: typeof queue.open) => (
    <DataTable
      headers={[
        t("office.number"),
        t("office.request"),
        t("office.subject"),
        t("office.status"),
        t("office.due"),
      ]}
      rows={rows.map((row) => ({
        key: row.id,
        className: row.overdue && row.status !== "answered" ? "bg-red-50" : undefined,
        cells: [
          <Link key="number" href={paths.officeComplaint(row.id)}>
            {row.number}
          </Link>,
          row.requestNumber,
          t(`subjects.${row.subject}`),
          t(`statuses.${row.status}`),
          row.overdue && row.status !== "answered"
            ? `${when(row.dueAt)} (${t("office.overdue")})`
            : when(row.dueAt),
        ],
      }))}
    />
  );
  return (
    <div className="space-y-6">
      <PageHeading
        title={t("office.title")}
        lead={`${t("office.lead", { provider: staff.providerName })} ${t("office.count", { count: queue.open.length })}`}
      />
      {queue.open.length === 0 ? <p>{t("office.empty")}</p> : table(queue.open)}
      {queue.answered.length ? (
        <section aria-labelledby="answered-complaints" className="space-y-2">
          <h2 id="answered-complaints" className="text-2xl">
            {t("office.answeredHeading")}
          </h2>
          {table(queue.answered)}
        </section>
      ) : null}
    </div>
  );
}
