import { signInWithEds } from "@/lib/auth/eds-sign-in";
import { getDb } from "@/lib/db/server";
import { apiHandler, readJson } from "@/lib/entry/http/api";
import { sessionResponse } from "@/lib/entry/http/session-response";

export const POST = apiHandler(async (request) => {
  return sessionResponse(await signInWithEds({ db: await getDb(), input: await readJson(request) }));
});
