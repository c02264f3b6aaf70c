import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeading } from "@/components/layout/page-heading";
import { getOwnApplication } from "@/lib/applications/drafts";
import { getDb } from "@/lib/db/server";
import { withdrawAction } from "@/lib/entry/actions/drafts";
import { getCurrentUser } from "@/lib/entry/current-user";
import { paths, routes } from "@/lib/entry/routes";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { storedService } from "@/lib/services/registry";
import { canWithdraw } from "@/lib/workflow/status-machine";

/** Withdraw a request: what it means, a confirmation box and a secondary button (works without JS). */
export default async function WithdrawPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user) return null;
  const request = await getOwnApplication(await getDb(), user.userId, id);
  if (!request || request.status === "draft") notFound();
  if (request.status === "withdrawn") redirect(routes.application(locale, id));
  const t = await getTranslations();
  const service = storedService(request.serviceId);
  const open = canWithdraw({ status: request.status, prepared: request.prepared ?? null });
  return (
    <article className="max-w-3xl space-y-6">
      <PageHeading
        title={t("withdraw.title", { number: request.number ?? "" })}
        lead={t(`services.${service.messageKey}.title`)}
      />
      {open ? (
        <>
          <p>{t("withdraw.lead")}</p>
          <ActionForm
            action={withdrawAction.bind(null, id)}
            fields={[]}
            submitLabel={t("withdraw.submit")}
            summaryTitle={t("errors.summaryTitle")}
            confirmLabel={t("withdraw.confirm")}
          />
        </>
      ) : (
        <p>{t("withdraw.tooLate")}</p>
      )}
      <p>
        <Link href={paths.application(id)}>{t("withdraw.back")}</Link>
      </p>
    </article>
  );
}
