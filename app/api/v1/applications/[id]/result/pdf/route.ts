import { requireApiUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { apiHandler, requestLocale } from "@/lib/entry/http/api";
import { isLocale } from "@/lib/i18n/locales";
import { loadResultPdf, renderResultPdf } from "@/lib/results/result-pdf";

/** The signed result printed as an A4 PDF with a QR code to its public check, for its owner only. */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (request, { params }) => {
  const user = await requireApiUser();
  const lang = new URL(request.url).searchParams.get("lang");
  const found = await loadResultPdf({
    db: await getDb(),
    userId: user.userId,
    id: (await params).id,
    locale: isLocale(lang) ? lang : requestLocale(request),
    origin: env.APP_ORIGIN,
  });
  if (!found) throw new AppError("not_found");
  return new Response(Buffer.from(await renderResultPdf(found.document)), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${found.number}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
});
