import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

export const DEVICE_COOKIE = "qz_device";
export const DEVICE_TTL_MS = 30 * 24 * 3600 * 1000;

const mac = (deviceId: string, secret: string) =>
  createHmac("sha256", secret).update(`device:${deviceId}`).digest("base64url");

/** The cookie's value: the device record's id and an HMAC of it under the server secret. */
export function signDeviceCookie(deviceId: string, secret: string): string {
  return `${deviceId}.${mac(deviceId, secret)}`;
}

/** The device id when the value carries a valid HMAC, else null (tampered, foreign or garbage). */
export function readDeviceCookie(value: string | null | undefined, secret: string): string | null {
  if (!value || value.length > 200) return null;
  const [deviceId, signature, ...rest] = value.split(".");
  if (!deviceId || !signature || rest.length) return null;
  const expected = Buffer.from(mac(deviceId, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given) ? deviceId : null;
}

/** httpOnly, SameSite=Lax, Secure behind TLS, for the 30 days the device is remembered. */
export function deviceCookieOptions(expiresAt: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: env.APP_ORIGIN.startsWith("https://"),
    path: "/",
    expires: expiresAt,
  };
}
