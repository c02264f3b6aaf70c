import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import { apiHandler } from "@/lib/entry/http/api";
import { checkDocument, documentNumberSchema } from "@/lib/results/verify-document";

/** Public: re-checks a provider-signed document by its number (no personal data in the answer). */
export const GET = apiHandler<{ params: Promise<{ number: string }> }>(async (_request, { params }) => {
  const parsed = documentNumberSchema.safeParse({ number: (await params).number });
  if (!parsed.success) throw new AppError("validation", { number: "verify.badNumber" });
  const check = await checkDocument(await getDb(), parsed.data.number);
  if (!check.found) throw new AppError("not_found");
  return Response.json(check, { headers: { "cache-control": "no-store" } });
});
