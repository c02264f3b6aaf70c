import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db/server";
import { findStaffSession, STAFF_COOKIE, type StaffSession, type StaffUser } from "@/lib/auth/staff-auth";

/** The staff session as it is, also while a one-time password still has to be replaced. */
export const getStaffSession = cache(async (): Promise<StaffSession | null> => {
  const token = (await cookies()).get(STAFF_COOKIE)?.value;
  if (!token) return null;
  try {
    return await findStaffSession(await getDb(), token);
  } catch {
    return null;
  }
});

/**
 * The staff member for office pages, actions and API routes: null until a one-time password has been
 * replaced, so nothing in the office works before that (the desk layout sends them to set it).
 */
export const getCurrentStaff = cache(async (): Promise<StaffUser | null> => {
  const session = await getStaffSession();
  return session && !session.mustChangePassword ? session : null;
});
