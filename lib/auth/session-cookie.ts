import { env } from "@/lib/env";

export const SESSION_COOKIE = "qz_session";

/** httpOnly, SameSite=Lax, Secure behind TLS; the lifetime is the session's absolute limit. */
export function sessionCookieOptions(expiresAt: Date) {
  return {
    httpOnly: true,
    sameSite: "lax" as const,
    secure: env.APP_ORIGIN.startsWith("https://"),
    path: "/",
    expires: expiresAt,
  };
}
