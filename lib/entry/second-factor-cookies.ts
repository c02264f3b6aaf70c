import "server-only";
import { cookies, headers } from "next/headers";
import { describeDevice } from "@/lib/auth/describe-device";
import { DEVICE_COOKIE, deviceCookieOptions } from "@/lib/auth/device-cookie";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";

/** The remembered-device cookie this browser sent, if any (checked by the domain, never trusted here). */
export async function deviceCookie(): Promise<string | null> {
  return (await cookies()).get(DEVICE_COOKIE)?.value ?? null;
}

/** "Firefox · Windows" from this request's User-Agent, or null. */
export async function requestDeviceDescription(): Promise<string | null> {
  return describeDevice((await headers()).get("user-agent"));
}

export async function setSignInCookies(result: {
  token: string;
  expiresAt: Date;
  device?: { cookie: string; expiresAt: Date } | null;
}) {
  const store = await cookies();
  store.set(SESSION_COOKIE, result.token, sessionCookieOptions(result.expiresAt));
  if (result.device)
    store.set(DEVICE_COOKIE, result.device.cookie, deviceCookieOptions(result.device.expiresAt));
}
