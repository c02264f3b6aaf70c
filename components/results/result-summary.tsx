import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { ResultDocument } from "@/lib/results/types";
import { apiPaths, paths } from "@/lib/entry/routes";

/** A request's result document: what it is, its number, who signed it and when; downloads for its owner. */
export async function ResultSummary({
  document,
  downloads,
}: {
  document: ResultDocument;
  downloads?: { applicationId: string };
}) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
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
        <dt className="font-semibold">{t("verify.signer")}</dt>
        <dd className="break-words">
          {document.signerSubject
            ? t("results.signedValue", {
                subject: document.signerSubject,
                time: format.dateTime(document.signingTime!, { dateStyle: "long", timeStyle: "short" }),
              })
            : t("results.awaitingSignature")}
        </dd>
      </dl>
      {downloads && document.signatureCms ? (
        <ul className="list-disc space-y-1 pl-6">
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
