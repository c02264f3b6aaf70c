import { signInWithEds } from "@/lib/auth/eds-sign-in";
import { getDb } from "@/lib/db/server";
import { apiHandler, readJson } from "@/lib/http/api";
import { sessionResponse } from "@/lib/http/session-response";

export const POST = apiHandler(async (request) => {
  return sessionResponse(await signInWithEds({ db: await getDb(), input: await readJson(request) }));
});
