import { getTranslations, setRequestLocale } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { identityFields } from "@/components/forms/identity-fields";
import { PageHeading } from "@/components/layout/page-heading";
import { resetConfirmAction } from "@/lib/entry/actions/auth";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { paths } from "@/lib/entry/routes";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ id?: string }> };

export default async function ResetConfirmPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { id = "" } = await searchParams;
  const [t, fields] = await Promise.all([getTranslations(), identityFields()]);
  return (
    <div className="max-w-xl space-y-6">
      <PageHeading title={t("auth.resetTitle")} lead={t("auth.confirmLead")} />
      <ActionForm
        action={resetConfirmAction}
        hidden={{ confirmationId: id }}
        fields={[fields.code, fields.newPassword]}
        submitLabel={t("auth.resetConfirmSubmit")}
        summaryTitle={t("errors.summaryTitle")}
      />
      <ul className="space-y-2">
        <li>
          <Link href={paths.resetPassword()}>{t("auth.startAgain")}</Link>
        </li>
        {env.DEMO_MODE ? (
          <li>
            <Link href={paths.demoSms()}>{t("auth.demoSms")}</Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}
