import { requireApiUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import { apiHandler } from "@/lib/entry/http/api";
import { ownSignedResult } from "@/lib/results/own-result";

/** The head's detached CMS signature over the result document (DER, .p7s), for its owner only. */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const user = await requireApiUser();
  const found = await ownSignedResult(await getDb(), user.userId, (await params).id);
  if (!found) throw new AppError("not_found");
  return new Response(Buffer.from(found.document.signatureCms!, "base64"), {
    headers: {
      "content-type": "application/pkcs7-signature",
      "content-disposition": `attachment; filename="${found.document.number}.p7s"`,
      "cache-control": "private, no-store",
    },
  });
});
