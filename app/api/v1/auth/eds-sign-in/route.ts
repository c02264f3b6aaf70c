import { signInWithEds } from "@/lib/auth/eds-sign-in";
import { consume } from "@/lib/auth/throttle";
import { clientAddress } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { apiHandler, readJson } from "@/lib/entry/http/api";
import { sessionResponse } from "@/lib/entry/http/session-response";

export const POST = apiHandler(async (request) => {
  const db = await getDb();
  await consume(db, "edsSignIn", { client: await clientAddress() });
  return sessionResponse(await signInWithEds({ db, input: await readJson(request) }));
});
