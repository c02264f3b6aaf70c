import { confirmRegistration } from "@/lib/auth/register";
import { clientAddress } from "@/lib/entry/current-user";
import { createSession } from "@/lib/auth/sessions";
import { getDb } from "@/lib/db/server";
import { apiHandler, readJson, requestLocale } from "@/lib/entry/http/api";
import { sessionResponse } from "@/lib/entry/http/session-response";

export const POST = apiHandler(async (request) => {
  const db = await getDb();
  const { userId } = await confirmRegistration({
    db,
    input: await readJson(request),
    locale: requestLocale(request),
    client: await clientAddress(),
  });
  return sessionResponse(await createSession(db, userId, "password"), 201);
});
