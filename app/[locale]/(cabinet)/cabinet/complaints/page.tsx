import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { listOwnComplaints } from "@/lib/complaints/applicant";
import { getDb } from "@/lib/db/server";
import { getCurrentUser } from "@/lib/entry/current-user";
import { paths } from "@/lib/entry/routes";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

/** The applicant's complaints (seed 002 §11) and where each stands. */
export default async function ComplaintsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user) return null;
  const [t, format, rows] = await Promise.all([
    getTranslations("complaints"),
    getFormatter(),
    getDb().then((db) => listOwnComplaints(db, user.userId, 100)),
  ]);
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—";
  return (
    <div className="space-y-6">
      <PageHeading title={t("listTitle")} lead={t("listLead")} />
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          headers={[t("office.number"), t("request"), t("about"), t("status"), t("dueAt")]}
          rows={rows.map((row) => ({
            key: row.id,
            cells: [
              <Link key="number" href={paths.complaint(row.id)}>
                {row.number ?? t("draftTitle")}
              </Link>,
              <Link key="request" href={paths.application(row.applicationId)}>
                {row.requestNumber}
              </Link>,
              t(`subjects.${row.subject}`),
              t(`statuses.${row.status}`),
              when(row.dueAt),
            ],
          }))}
        />
      )}
    </div>
  );
}
