import { withdrawApplication } from "@/lib/applications/withdraw";
import { requireApiUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { apiHandler } from "@/lib/entry/http/api";

/** POST (no body) → 200 { id, number, status: "withdrawn" }; again → the same answer; too late → 409. */
export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const user = await requireApiUser();
  const row = await withdrawApplication({
    db: await getDb(),
    userId: user.userId,
    applicationId: (await params).id,
  });
  return Response.json({ id: row.id, number: row.number, status: row.status });
});
