import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { listOwnApplications } from "@/lib/applications/drafts";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getDb } from "@/lib/db/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { findService } from "@/lib/services/definitions";
import { formDefinitions } from "@/lib/services/forms/definitions";
import type { ServiceId } from "@/lib/services/types";

export default async function CabinetPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, user] = await Promise.all([getTranslations(), getFormatter(), getCurrentUser()]);
  if (!user) return null;
  const requests = await listOwnApplications(await getDb(), user.userId);
  const when = (date: Date | null) => (date ? format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }) : "—");
  return (
    <div className="space-y-6">
      <PageHeading title={t("cabinet.title")} lead={t("cabinet.welcome", { name: user.fullName })} />
      <section aria-labelledby="requests-heading" className="space-y-3">
        <h2 id="requests-heading" className="text-2xl">{t("apply.myRequests")}</h2>
        {requests.length === 0 ? <p>{t("apply.noRequests")}</p> : (
          <DataTable
            headers={[t("receipt.service"), t("receipt.number"), t("receipt.status"), t("receipt.dueAt")]}
            rows={requests.map((request) => {
              const service = findService(request.serviceId)!;
              const title = t(`services.${service.messageKey}.title`);
              const first = formDefinitions[service.id as ServiceId].steps[0]!.id;
              return {
                key: request.id,
                cells: [
                  title,
                  request.status === "draft"
                    ? <Link key="open" href={`/cabinet/applications/${request.id}/step/${first}`}>{t("apply.continueDraft", { service: title })}</Link>
                    : <Link key="open" href={`/cabinet/applications/${request.id}`}>{request.number}</Link>,
                  t(`statuses.${request.status}`),
                  when(request.dueAt),
                ],
              };
            })}
          />
        )}
      </section>
      <section aria-labelledby="profile-heading" className="rounded border border-gray-300 p-4">
        <h2 id="profile-heading" className="text-xl">{t("cabinet.profile")}</h2>
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
