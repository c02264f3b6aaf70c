import { eq } from "drizzle-orm";
import { deleteStaffSessions } from "@/lib/auth/staff-auth";
import type { Db } from "@/lib/db/connect";
import { staff } from "@/lib/db/schema";

/** Disables a staff account (it can no longer sign in) and ends its sessions. False: no such login. */
export async function disableStaff(db: Db, login: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(staff)
      .set({ disabled: true })
      .where(eq(staff.login, login))
      .returning({ id: staff.id });
    if (!row) return false;
    await deleteStaffSessions(tx, row.id);
    return true;
  });
}
