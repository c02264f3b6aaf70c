import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmCode } from "@/components/auth/confirm-code";
import { confirmSignInAction } from "@/lib/entry/actions/second-factor";
import { getCurrentUser } from "@/lib/entry/current-user";
import type { Locale } from "@/lib/i18n/locales";
import { paths, routes } from "@/lib/entry/routes";
import { safeReturnPath } from "@/lib/entry/return-path";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ id?: string; next?: string | string[] }>;
};

/** The sign-in second factor: the SMS code, and "do not ask again on this device for 30 days". */
export default async function SignInCodePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [{ id = "", next: asked }, t] = await Promise.all([searchParams, getTranslations("auth")]);
  const next = safeReturnPath(asked) ?? undefined;
  if (await getCurrentUser()) redirect(next ?? routes.cabinet(locale));
  return (
    <ConfirmCode
      confirmationId={typeof id === "string" ? id.slice(0, 64) : ""}
      title={t("codeTitle")}
      lead={t("codeLead")}
      action={confirmSignInAction}
      submitLabel={t("codeSubmit")}
      startAgainHref={paths.signIn(undefined, next)}
      hidden={next ? { next } : {}}
    >
      <div className="flex items-start gap-3">
        <input
          id="field-remember"
          type="checkbox"
          name="remember"
          value="1"
          aria-describedby="field-remember-hint"
          className="mt-1 size-6 shrink-0"
        />
        <div>
          <label htmlFor="field-remember" className="font-semibold">
            {t("rememberDevice")}
          </label>
          <p id="field-remember-hint" className="text-muted">
            {t("rememberDeviceHint")}
          </p>
        </div>
      </div>
    </ConfirmCode>
  );
}
