import { draftSigningPayload } from "@/lib/applications/signing-payload";
import { requireApiUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { apiHandler } from "@/lib/entry/http/api";

/** The canonical bytes to sign (base64): the answers and each attachment's name, size, type and SHA-256. */
export const GET = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const user = await requireApiUser();
  const { payload } = await draftSigningPayload({
    db: await getDb(),
    userId: user.userId,
    iin: user.iin,
    applicationId: (await params).id,
  });
  return Response.json({ payload: Buffer.from(payload, "utf8").toString("base64") });
});
