import "server-only";
import { isIP } from "node:net";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db/server";
import { findSession, type SessionUser } from "@/lib/auth/sessions";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";

/** The signed-in applicant for this request, or null. Read once per request. */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  try {
    return await findSession(await getDb(), token);
  } catch {
    return null;
  }
});

/**
 * The client address. server.mjs (lib/net/client-address.mjs) overwrites X-Forwarded-For with the one
 * address it believes: the socket's, or behind a trusted proxy (TRUSTED_PROXIES) the right-most
 * untrusted entry. A value that is not one address is "unknown" (one shared bucket). Without
 * server.mjs (`next dev`) Next keeps a client's own header: production always runs server.mjs.
 */
export async function clientAddress(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for")?.trim() ?? "";
  return isIP(forwarded) ? forwarded : "unknown";
}

/** For API handlers: the user, or a 401 problem. */
export async function requireApiUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const { AppError } = await import("@/lib/errors");
    throw new AppError("unauthenticated");
  }
  return user;
}
