import { requireApiUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { presentVisit } from "@/lib/home-visits/present";
import { listOwnVisits } from "@/lib/home-visits/queries";
import { requestHomeVisit } from "@/lib/home-visits/request-visit";
import { apiHandler, readJson } from "@/lib/entry/http/api";

/**
 * Ask for a home visit (for oneself, or with `onBehalfOf` for another person); `Idempotency-Key` makes
 * retries safe.
 */
export const POST = apiHandler(async (request) => {
  const user = await requireApiUser();
  const visit = await requestHomeVisit({
    db: await getDb(),
    requester: { kind: "user", userId: user.userId, iin: user.iin },
    input: await readJson(request),
    idempotencyKey: request.headers.get("idempotency-key") ?? undefined,
  });
  return Response.json({ id: visit.id, number: visit.number, status: visit.status }, { status: 201 });
});

export const GET = apiHandler(async () => {
  const user = await requireApiUser();
  const visits = await listOwnVisits(await getDb(), user.userId);
  return Response.json(visits.map((visit) => presentVisit(visit)));
});
