import { eq } from "drizzle-orm";
import { hashPassword } from "@/lib/auth/passwords";
import { deleteStaffSessions } from "@/lib/auth/staff-auth";
import type { Db } from "@/lib/db/connect";
import { staff } from "@/lib/db/schema";
import { oneTimePassword } from "./one-time-password";

/**
 * A new one-time password for a staff account (forgotten password, or a demo password to replace):
 * the member must change it at the next sign-in; their sessions end. Null when there is no such login.
 */
export async function resetStaffPassword(db: Db, login: string): Promise<string | null> {
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(staff)
      .set({ passwordHash, mustChangePassword: true })
      .where(eq(staff.login, login))
      .returning({ id: staff.id });
    if (!row) return null;
    await deleteStaffSessions(tx, row.id);
    return password;
  });
}
