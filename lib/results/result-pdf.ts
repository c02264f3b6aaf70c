import { createFormatter, createTranslator } from "next-intl";
import { z } from "zod";
import type { Db } from "@/lib/db/connect";
import { signerIdentity } from "@/lib/eds/signer-identity";
import { loadMessages } from "@/lib/i18n/messages";
import { timeZone, type Locale } from "@/lib/i18n/locales";
import { collectionPlaceText, findCollectionPlace } from "@/lib/providers/collection-place";
import { storedService } from "@/lib/services/registry";
import { readDecision } from "./decision";
import { ownSignedResult } from "./own-result";
import { renderPrintedDocument, type PrintedDocument } from "./pdf-layout";
import { verifyPath } from "./verify-path";

const signedContentSchema = z.object({
  request: z.object({ number: z.string().nullable(), serviceId: z.string() }),
  applicant: z.object({ name: z.string() }),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * The printed form of the applicant's own signed result (issue 13): provider and BIN, the request's and
 * the document's numbers, the decision as signed (a refusal with its grounds, a conclusion's outcome,
 * a notice's issue time: 002 §3, 003 §3), where and when to collect it, who signed it as what and when,
 * and a QR code to the public check. Null for anyone else's request or an unsigned one.
 */
export async function loadResultPdf(options: {
  db: Db;
  userId: string;
  id: string;
  locale: Locale;
  origin: string;
}): Promise<{ number: string; document: PrintedDocument } | null> {
  const found = await ownSignedResult(options.db, options.userId, options.id);
  if (!found) return null;
  const { document, provider } = found;
  const { locale } = options;
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages });
  const format = createFormatter({ locale, timeZone });
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const content = signedContentSchema.safeParse(parseJson(document.content));
  const decision = readDecision(document.content);
  const service = content.success ? storedService(content.data.request.serviceId) : null;
  const kind = t(`results.kinds.${document.kind}` as never);
  const refused = decision?.outcome === "refusal";
  const conclusion = decision?.outcome === "possible" || decision?.outcome === "impossible";
  const signer = signerIdentity(document.signerSubject);
  const place = refused
    ? null
    : await collectionPlaceText(
        await findCollectionPlace(options.db, provider.id),
        locale,
        service ? t(`services.${service.messageKey}.collect`) : "—",
      );
  const rows: PrintedDocument["rows"] = [
    { label: t("verify.provider"), value: provider.name },
    { label: t("verify.bin"), value: provider.bin },
    { label: t("receipt.number"), value: content.success ? (content.data.request.number ?? "—") : "—" },
    { label: t("resultPdf.document"), value: `${kind}, № ${document.number}` },
    ...(service ? [{ label: t("receipt.service"), value: t(`services.${service.messageKey}.title`) }] : []),
    ...(content.success && content.data.applicant.name
      ? [{ label: t("resultPdf.applicant"), value: content.data.applicant.name }]
      : []),
    {
      label: t("resultPdf.decision"),
      value: refused
        ? t("resultPdf.refused")
        : conclusion
          ? t(`results.details.${decision!.outcome as "possible" | "impossible"}`)
          : t("resultPdf.granted", { kind }),
    },
    ...(decision?.grounds.length
      ? [
          {
            label: t("results.details.grounds"),
            value: decision.grounds.map((ground) => t(`refusalGrounds.${ground}` as never)),
          },
        ]
      : []),
    ...(decision?.explanation
      ? [{ label: t("results.details.explanation"), value: decision.explanation }]
      : []),
    ...(decision?.issueAt ? [{ label: t("results.details.issueAt"), value: when(decision.issueAt) }] : []),
    ...(place ? [{ label: t("resultPdf.collect"), value: place }] : []),
    // Only the head signs a result (lib/results/sign-result.ts); the name is the certificate's.
    { label: t("resultPdf.signedBy"), value: signer.name ?? "—" },
    { label: t("resultPdf.position"), value: t("resultPdf.head") },
    { label: t("verify.organisation"), value: signer.organisation ?? provider.name },
    { label: t("verify.signedAt"), value: document.signingTime ? when(document.signingTime) : "—" },
  ];
  return {
    number: document.number,
    document: {
      locale,
      title: t("resultPdf.title"),
      lead: null,
      rows,
      qr: {
        url: `${options.origin}${verifyPath(locale, document.number)}`,
        caption: t("resultPdf.qrCaption"),
      },
    },
  };
}

export async function renderResultPdf(document: PrintedDocument): Promise<Uint8Array> {
  return renderPrintedDocument(document);
}
