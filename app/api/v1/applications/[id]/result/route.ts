import { requireApiUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import { apiHandler } from "@/lib/entry/http/api";
import { ownSignedResult } from "@/lib/results/own-result";

/** The provider-signed result document: the exact signed bytes (canonical JSON), for its owner only. */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const user = await requireApiUser();
  const found = await ownSignedResult(await getDb(), user.userId, (await params).id);
  if (!found) throw new AppError("not_found");
  return new Response(found.document.content, {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="${found.document.number}.json"`,
      "cache-control": "private, no-store",
    },
  });
});
