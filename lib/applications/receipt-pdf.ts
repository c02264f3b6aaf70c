import { renderPrintedDocument } from "@/lib/results/pdf-layout";
import type { Locale } from "@/lib/i18n/locales";
import type { Receipt } from "./receipt";

/**
 * The receipt as an A4 PDF (DejaVu Sans: Kazakh and Russian letters), with a QR code to the public
 * check of the signed result, or to the request in the cabinet before there is one (`origin`: APP_ORIGIN).
 */
export async function renderReceiptPdf(
  receipt: Receipt,
  options: { locale: Locale; origin: string },
): Promise<Uint8Array> {
  return renderPrintedDocument({
    locale: options.locale,
    title: receipt.title,
    lead: receipt.refusal,
    rows: [
      ...receipt.rows,
      {
        label: receipt.documents.heading,
        value: receipt.documents.names.map((name, index) => `${index + 1}. ${name}`),
      },
    ],
    qr: { url: `${options.origin}${receipt.check.path}`, caption: receipt.check.caption },
  });
}
