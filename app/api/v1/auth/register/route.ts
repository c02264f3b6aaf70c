import { startRegistration } from "@/lib/auth/register";
import { clientAddress } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { apiHandler, readJson, requestLocale } from "@/lib/entry/http/api";
import { createOutboxSms } from "@/lib/notifications/sms";

export const POST = apiHandler(async (request) => {
  const db = await getDb();
  const result = await startRegistration({
    db,
    sms: createOutboxSms(db),
    input: await readJson(request),
    locale: requestLocale(request),
    client: await clientAddress(),
  });
  return Response.json(result, { status: 202 });
});
