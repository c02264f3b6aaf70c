import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmCode } from "@/components/auth/confirm-code";
import { confirmRegistrationAction } from "@/lib/entry/actions/auth";
import type { Locale } from "@/lib/i18n/locales";
import { paths } from "@/lib/entry/routes";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ id?: string }> };

export default async function ConfirmRegistrationPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [{ id = "" }, t] = await Promise.all([searchParams, getTranslations("auth")]);
  return (
    <ConfirmCode
      confirmationId={id}
      title={t("confirmTitle")}
      action={confirmRegistrationAction}
      submitLabel={t("confirmSubmit")}
      startAgainHref={paths.register()}
    />
  );
}
