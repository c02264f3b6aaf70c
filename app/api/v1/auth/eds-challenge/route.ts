import { createEdsChallenge } from "@/lib/auth/eds-sign-in";
import { consume } from "@/lib/auth/throttle";
import { clientAddress } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { apiHandler } from "@/lib/entry/http/api";

export const POST = apiHandler(async () => {
  const db = await getDb();
  await consume(db, "edsChallenge", { client: await clientAddress() });
  const { challenge, expiresAt } = await createEdsChallenge(db);
  return Response.json(
    { challenge, expiresAt: expiresAt.toISOString() },
    { headers: { "cache-control": "no-store" } },
  );
});
