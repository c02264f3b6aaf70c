import { NextResponse } from "next/server";
import { cookies } from "next/headers";
import { clientAddress } from "@/lib/entry/current-user";
import { DEVICE_COOKIE } from "@/lib/auth/device-cookie";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { getDb } from "@/lib/db/server";
import { apiHandler, readJson, requestLocale } from "@/lib/entry/http/api";
import { sessionResponse } from "@/lib/entry/http/session-response";
import { createOutboxSms } from "@/lib/notifications/sms";

/** 202 { confirmationId } and an SMS code (then POST …/sign-in/confirm); 200 on a remembered device. */
export const POST = apiHandler(async (request) => {
  const db = await getDb();
  const result = await signInWithPassword({
    db,
    input: await readJson(request),
    client: await clientAddress(),
    sms: createOutboxSms(db),
    locale: requestLocale(request),
    deviceCookie: (await cookies()).get(DEVICE_COOKIE)?.value,
  });
  if (result.step === "session") return sessionResponse(result);
  return NextResponse.json(
    { confirmationId: result.confirmationId },
    { status: 202, headers: { "cache-control": "no-store" } },
  );
});
