import { describeDevice } from "@/lib/auth/describe-device";
import { DEVICE_COOKIE, deviceCookieOptions } from "@/lib/auth/device-cookie";
import { confirmSignIn } from "@/lib/auth/second-factor";
import { getDb } from "@/lib/db/server";
import { clientAddress } from "@/lib/entry/current-user";
import { apiHandler, readJson } from "@/lib/entry/http/api";
import { sessionResponse } from "@/lib/entry/http/session-response";

/** The sign-in code: 200 with the session cookie (and the device cookie with `remember: true`). */
export const POST = apiHandler(async (request) => {
  const result = await confirmSignIn({
    db: await getDb(),
    input: await readJson(request),
    client: await clientAddress(),
    userAgentDescription: describeDevice(request.headers.get("user-agent")),
  });
  const response = await sessionResponse(result);
  if (result.device)
    response.cookies.set(DEVICE_COOKIE, result.device.cookie, deviceCookieOptions(result.device.expiresAt));
  return response;
});
