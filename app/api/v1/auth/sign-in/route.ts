import { clientAddress } from "@/lib/entry/current-user";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db/server";
import { apiHandler, readJson } from "@/lib/entry/http/api";
import { sessionResponse } from "@/lib/entry/http/session-response";

export const POST = apiHandler(async (request) => {
  const session = await signInWithPassword({
    db: await getDb(),
    input: await readJson(request),
    client: await clientAddress(),
  });
  return sessionResponse(session);
});
