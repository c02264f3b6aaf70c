import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { getDb } from "@/lib/db/server";
import { findStaffSession, STAFF_COOKIE, type StaffUser } from "@/lib/auth/staff-auth";

export const getCurrentStaff = cache(async (): Promise<StaffUser | null> => {
  const token = (await cookies()).get(STAFF_COOKIE)?.value;
  if (!token) return null;
  try {
    return await findStaffSession(await getDb(), token);
  } catch {
    return null;
  }
});
