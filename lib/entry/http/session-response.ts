import "server-only";
import { NextResponse } from "next/server";
import { getDb } from "@/lib/db/server";
import { findSession } from "@/lib/auth/sessions";
import { SESSION_COOKIE, sessionCookieOptions } from "@/lib/auth/session-cookie";

/** 200/201 with the signed-in user and the session cookie. */
export async function sessionResponse(session: { token: string; expiresAt: Date }, status = 200) {
  const user = await findSession(await getDb(), session.token);
  const response = NextResponse.json(
    { user: user ? { iin: user.iin, fullName: user.fullName } : null },
    { status, headers: { "cache-control": "no-store" } },
  );
  response.cookies.set(SESSION_COOKIE, session.token, sessionCookieOptions(session.expiresAt));
  return response;
}
