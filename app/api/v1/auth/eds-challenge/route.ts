import { createEdsChallenge } from "@/lib/auth/eds-sign-in";
import { getDb } from "@/lib/db/server";
import { apiHandler } from "@/lib/entry/http/api";

export const POST = apiHandler(async () => {
  const { challenge, expiresAt } = await createEdsChallenge(await getDb());
  return Response.json(
    { challenge, expiresAt: expiresAt.toISOString() },
    { headers: { "cache-control": "no-store" } },
  );
});
