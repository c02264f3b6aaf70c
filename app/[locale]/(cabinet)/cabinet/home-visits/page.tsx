import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { getCurrentUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { listOwnVisits } from "@/lib/home-visits/queries";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { storedService } from "@/lib/services/registry";
import { paths } from "@/lib/entry/routes";

/** The home visits the user asked for, or that are for them. */
export default async function HomeVisitsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user) return null;
  const [t, format, visits] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getDb().then((db) => listOwnVisits(db, user.userId)),
  ]);
  return (
    <div className="space-y-6">
      <PageHeading title={t("homeVisit.listTitle")} />
      <ul className="flex flex-col gap-3 sm:flex-row">
        <li>
          <Link
            href={paths.newHomeVisit()}
            className="inline-flex min-h-11 items-center rounded bg-brand px-5 font-semibold text-white"
          >
            {t("homeVisit.askSelf")}
          </Link>
        </li>
        <li>
          <Link
            href={paths.newHomeVisit(true)}
            className={
              "inline-flex min-h-11 items-center rounded border-2 border-brand " +
              "px-5 font-semibold text-brand"
            }
          >
            {t("homeVisit.askOther")}
          </Link>
        </li>
      </ul>
      {visits.length === 0 ? (
        <p>{t("homeVisit.none")}</p>
      ) : (
        <DataTable
          headers={[
            t("receipt.number"),
            t("homeVisit.form.service"),
            t("homeVisit.status"),
            t("homeVisit.scheduled"),
          ]}
          rows={visits.map((visit) => ({
            key: visit.id,
            cells: [
              <Link key="number" href={paths.homeVisit(visit.id)}>
                {visit.number}
              </Link>,
              t(`services.${storedService(visit.serviceId).messageKey}.title`),
              t(`homeVisit.statuses.${visit.status}`),
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
