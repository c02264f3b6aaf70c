import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { Pagination } from "@/components/ui/pagination";
import { listOwnDrafts, ownApplicationsPage } from "@/lib/applications/drafts";
import { daysLeft, termUnit } from "@/lib/calendar/days-left";
import { getCurrentUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { storedService } from "@/lib/services/registry";
import { paths } from "@/lib/entry/routes";
import { pageOrFirst } from "@/lib/forms/page-param";
import { DraftList } from "@/components/applications/draft-list";
import { draftItems } from "@/lib/entry/views/draft-items";

const PAGE = 20;

export default async function CabinetPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ page?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, user, db] = await Promise.all([
    getTranslations(),
    getFormatter(),
    getCurrentUser(),
    getDb(),
  ]);
  if (!user) return null;
  const page = pageOrFirst((await searchParams).page);
  const [{ rows: requests, total }, drafts] = await Promise.all([
    ownApplicationsPage(db, user.userId, PAGE, (page - 1) * PAGE),
    listOwnDrafts(db, user.userId),
  ]);
  const now = new Date();
  const left = (request: (typeof requests)[number]) => {
    const due = request.extendedDueAt ?? request.dueAt;
    const running = ["submitted", "registered", "in_review", "extended"];
    // Restoration (seed 001 §5): the term runs on while the conclusion is approved and registered.
    if (!due || ![...running, "conclusion_approved", "at_registering_body"].includes(request.status))
      return "—";
    const unit = termUnit(request);
    return due < now
      ? t("office.overdue")
      : t(unit === "working_days" ? "office.workingLeft" : "office.calendarLeft", {
          count: daysLeft(due, unit, now),
        });
  };
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—";
  return (
    <div className="space-y-6">
      <PageHeading title={t("cabinet.title")} lead={t("cabinet.welcome", { name: user.fullName })} />
      <DraftList
        id="drafts-heading"
        heading={t("drafts.cabinetHeading")}
        drafts={await draftItems(drafts, { withService: true })}
      />
      <section aria-labelledby="requests-heading" className="space-y-3">
        <h2 id="requests-heading" className="text-2xl">
          {t("apply.myRequests")}
        </h2>
        {requests.length === 0 ? (
          <div className="space-y-2">
            <p>{t("apply.noRequests")}</p>
            <p>
              <Link href={paths.services()} className="font-semibold">
                {t("cabinet.findService")}
              </Link>
            </p>
          </div>
        ) : (
          <DataTable
            headers={[
              t("receipt.service"),
              t("receipt.number"),
              t("receipt.status"),
              t("receipt.receivedAt"),
              t("receipt.dueAt"),
              t("office.left"),
            ]}
            rows={requests.map((request) => {
              const service = storedService(request.serviceId);
              const title = t(`services.${service.messageKey}.title`);
              const first = service.form.steps[0]!.id;
              return {
                key: request.id,
                cells: [
                  title,
                  request.status === "draft" ? (
                    <Link key="open" href={paths.applicationStep(request.id, first)}>
                      {t("apply.continueDraft", { service: title })}
                    </Link>
                  ) : (
                    <Link key="open" href={paths.application(request.id)}>
                      {request.number}
                    </Link>
                  ),
                  t(`statuses.${request.status}`),
                  when(request.submittedAt),
                  when(request.extendedDueAt ?? request.dueAt),
                  left(request),
                ],
              };
            })}
          />
        )}
        <Pagination page={page} pages={Math.ceil(total / PAGE)} href={(next) => paths.cabinet(next)} />
      </section>
      <section aria-labelledby="profile-heading" className="rounded border border-gray-300 p-4">
        <h2 id="profile-heading" className="text-xl">
          {t("cabinet.profile")}
        </h2>
        <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("cabinet.iin")}</dt>
          <dd>{user.iin}</dd>
          <dt className="font-semibold">{t("cabinet.birthDate")}</dt>
          <dd>{format.dateTime(new Date(`${user.birthDate}T00:00:00+05:00`), { dateStyle: "long" })}</dd>
          <dt className="font-semibold">{t("cabinet.phone")}</dt>
          <dd>{user.phone}</dd>
        </dl>
      </section>
    </div>
  );
}
