import { getTranslations, setRequestLocale } from "next-intl/server";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/text-field";
import { PageHeading } from "@/components/layout/page-heading";
import { DocumentCheckPanel } from "@/components/results/document-check";
import { getDb } from "@/lib/db/server";
import type { Locale } from "@/lib/i18n/locales";
import { checkDocument, documentNumberSchema } from "@/lib/results/verify-document";

/**
 * Public: anyone re-checks a provider-signed document by its number (a plain GET form, no JavaScript
 * needed).
 */
export default async function VerifyPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ number?: string | string[] }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  const raw = (await searchParams).number;
  const input = typeof raw === "string" ? raw : undefined;
  const parsed = input === undefined ? null : documentNumberSchema.safeParse({ number: input });
  const error = parsed && !parsed.success ? t("verify.badNumber") : undefined;
  const check = parsed?.success ? await checkDocument(await getDb(), parsed.data.number) : null;
  return (
    <div className="space-y-6">
      <PageHeading title={t("verify.title")} lead={t("verify.lead")} />
      <ErrorSummary
        title={t("errors.summaryTitle")}
        errors={error ? { number: error } : {}}
        labels={{ number: t("verify.number") }}
      />
      <form method="get" className="space-y-4" role="search" aria-label={t("verify.title")}>
        <TextField
          name="number"
          label={t("verify.number")}
          hint={t("verify.numberHint")}
          error={error}
          defaultValue={input}
          maxLength={40}
          autoComplete="off"
        />
        <button type="submit" className="min-h-11 rounded bg-brand px-5 font-semibold text-white">
          {t("verify.check")}
        </button>
      </form>
      {check ? <DocumentCheckPanel check={check} /> : null}
    </div>
  );
}
