import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmCode } from "@/components/auth/confirm-code";
import { identityFields } from "@/components/forms/identity-fields";
import { resetConfirmAction } from "@/lib/entry/actions/auth";
import type { Locale } from "@/lib/i18n/locales";
import { paths } from "@/lib/entry/routes";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ id?: string }> };

export default async function ResetConfirmPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [{ id = "" }, t, fields] = await Promise.all([
    searchParams,
    getTranslations("auth"),
    identityFields(),
  ]);
  return (
    <ConfirmCode
      confirmationId={id}
      title={t("resetTitle")}
      action={resetConfirmAction}
      more={[fields.newPassword]}
      submitLabel={t("resetConfirmSubmit")}
      startAgainHref={paths.resetPassword()}
    />
  );
}
