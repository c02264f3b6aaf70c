import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { signerIdentity, signerLabel } from "@/lib/eds/signer-identity";
import { Link } from "@/lib/entry/i18n/navigation";
import type { SignedDecision } from "@/lib/results/decision";
import type { ResultDocument } from "@/lib/results/types";
import { apiPaths, paths } from "@/lib/entry/routes";

/** A request's result document: what it is, its number, who signed it and when; downloads for its owner. */
export async function ResultSummary({
  document,
  decision,
  downloads,
}: {
  document: ResultDocument;
  /** What the signed content says was decided (readDecision), shown translated. */
  decision?: SignedDecision | null;
  downloads?: { applicationId: string };
}) {
  const [t, format, locale] = await Promise.all([getTranslations(), getFormatter(), getLocale()]);
  const place = decision?.place
    ? [decision.place.name, decision.place.address].filter(Boolean).join(", ")
    : "";
  const isConclusion = decision?.outcome === "possible" || decision?.outcome === "impossible";
  return (
    <section aria-labelledby="result-document" className="space-y-3">
      <h2 id="result-document" className="text-xl">
        {t("results.title")}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("verify.kind")}</dt>
        <dd>{t(`results.kinds.${document.kind}` as never)}</dd>
        <dt className="font-semibold">{t("verify.number")}</dt>
        <dd>{document.number}</dd>
        {isConclusion ? (
          <>
            <dt className="font-semibold">{t("results.details.conclusion")}</dt>
            <dd>{t(`results.details.${decision!.outcome as "possible" | "impossible"}`)}</dd>
          </>
        ) : null}
        {decision?.issueAt ? (
          <>
            <dt className="font-semibold">{t("results.details.issueAt")}</dt>
            <dd>{format.dateTime(decision.issueAt, { dateStyle: "long", timeStyle: "short" })}</dd>
          </>
        ) : null}
        {place && decision?.outcome !== "refusal" ? (
          <>
            <dt className="font-semibold">{t("results.details.place")}</dt>
            <dd>{place}</dd>
          </>
        ) : null}
        {decision?.grounds.length ? (
          <>
            <dt className="font-semibold">{t("results.details.grounds")}</dt>
            <dd>
              <ul className="list-disc pl-5">
                {decision.grounds.map((ground) => (
                  <li key={ground}>{t(`refusalGrounds.${ground}` as never)}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {decision?.explanation ? (
          <>
            <dt className="font-semibold">{t("results.details.explanation")}</dt>
            <dd className="break-words">{decision.explanation}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("verify.signer")}</dt>
        <dd className="break-words">
          {document.signerSubject
            ? t("results.signedValue", {
                signer: signerLabel(signerIdentity(document.signerSubject)),
                time: format.dateTime(document.signingTime!, { dateStyle: "long", timeStyle: "short" }),
              })
            : t("results.awaitingSignature")}
        </dd>
      </dl>
      {isConclusion && document.signatureCms && place ? (
        <p>{t("results.details.conclusionReady", { place })}</p>
      ) : null}
      {downloads && document.signatureCms ? (
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <a href={apiPaths.resultPdf(downloads.applicationId, locale)} download>
              {t("results.downloadPdf")}
            </a>
          </li>
          <li>
            <a href={apiPaths.result(downloads.applicationId)} download>
              {t("results.downloadDocument")}
            </a>
          </li>
          <li>
            <a href={apiPaths.resultSignature(downloads.applicationId)} download>
              {t("results.downloadSignature")}
            </a>
          </li>
          <li>
            <Link href={paths.verify(document.number)}>{t("results.verifyLink")}</Link>
          </li>
        </ul>
      ) : null}
    </section>
  );
}
