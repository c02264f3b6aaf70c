import { getFormatter, getTranslations } from "next-intl/server";
import type { DocumentCheck } from "@/lib/results/verify-document";

/** The outcome of a public document check: valid, unsigned, or the EDS check that failed. */
export async function DocumentCheckPanel({ check }: { check: DocumentCheck }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (!check.found) {
    return (
      <section aria-labelledby="check-title" className="rounded border-4 border-danger p-4">
        <h2 id="check-title" className="text-xl">
          {t("verify.notFound")}
        </h2>
      </section>
    );
  }
  const valid = check.outcome === "valid";
  const verdict = valid
    ? t("verify.valid")
    : check.outcome === "unsigned"
      ? t("verify.unsigned")
      : `${t("verify.invalid")} ${t(`errors.codes.${check.outcome}` as never)}`;
  return (
    <section
      aria-labelledby="check-title"
      className={`space-y-3 rounded border-4 p-4 ${valid ? "border-brand" : "border-danger"}`}
    >
      <h2 id="check-title" className="text-xl">
        {verdict}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("verify.number")}</dt>
        <dd>{check.number}</dd>
        <dt className="font-semibold">{t("verify.kind")}</dt>
        <dd>{t(`results.kinds.${check.kind}` as never)}</dd>
        <dt className="font-semibold">{t("verify.provider")}</dt>
        <dd>
          {check.providerName} ({t("verify.bin")} {check.providerBin})
        </dd>
        <dt className="font-semibold">{t("verify.signer")}</dt>
        <dd className="break-words">{check.signerName ?? "—"}</dd>
        <dt className="font-semibold">{t("verify.organisation")}</dt>
        <dd className="break-words">{check.organisation ?? "—"}</dd>
        <dt className="font-semibold">{t("verify.signedAt")}</dt>
        <dd>
          {check.signingTime
            ? format.dateTime(check.signingTime, { dateStyle: "long", timeStyle: "short" })
            : "—"}
        </dd>
        <dt className="font-semibold">SHA-256</dt>
        <dd className="font-mono text-sm break-all">{check.sha256}</dd>
      </dl>
    </section>
  );
}
