import { loadReceipt } from "@/lib/applications/receipt";
import { renderReceiptPdf } from "@/lib/applications/receipt-pdf";
import { requireApiUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { apiHandler, requestLocale } from "@/lib/entry/http/api";
import { isLocale } from "@/lib/i18n/locales";

/** The receipt as PDF, for its owner only; `?lang=` picks the language (else Accept-Language). */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const user = await requireApiUser();
  const lang = new URL(request.url).searchParams.get("lang");
  const locale = isLocale(lang) ? lang : requestLocale(request);
  const receipt = await loadReceipt({
    db: await getDb(),
    userId: user.userId,
    iin: user.iin,
    id: (await params).id,
    locale,
  });
  if (!receipt) throw new AppError("not_found");
  const pdf = await renderReceiptPdf(receipt, { locale, origin: env.APP_ORIGIN });
  return new Response(Buffer.from(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="receipt-${receipt.number}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
});
