import { asc } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { staff } from "@/lib/db/schema";

/** Staff accounts for the operator's tool: login, provider, role and state (no names or IINs). */
export async function listStaff(db: Db) {
  return db
    .select({
      login: staff.login,
      providerId: staff.providerId,
      role: staff.role,
      mustChangePassword: staff.mustChangePassword,
      disabled: staff.disabled,
    })
    .from(staff)
    .orderBy(asc(staff.providerId), asc(staff.login));
}
