import "server-only";
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

/** The client address as the server saw it (Next sets x-forwarded-for from the socket). */
export async function clientAddress(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for") ?? "";
  return forwarded.split(",")[0]?.trim() || "unknown";
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
