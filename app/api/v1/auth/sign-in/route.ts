import { clientAddress } from "@/lib/auth/current-user";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db/server";
import { apiHandler, readJson } from "@/lib/http/api";
import { sessionResponse } from "@/lib/http/session-response";

export const POST = apiHandler(async (request) => {
  const session = await signInWithPassword({
    db: await getDb(),
    input: await readJson(request),
    client: await clientAddress(),
  });
  return sessionResponse(session);
});
