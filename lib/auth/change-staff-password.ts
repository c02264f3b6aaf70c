import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { staff } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import { hashPassword, isCommonPassword, verifyPassword } from "./passwords";
import { changePasswordSchema } from "./schemas";
import { deleteStaffSessions } from "./staff-auth";

/** Passwords printed in the README (demo mode): a staff member may not choose one of them. */
const readmePasswords = new Set(["qyzmet-demo-2026", "qyzmet-staff-2026", "demo-key-2026"]);

/**
 * A staff member sets their own password (at first sign-in after a one-time password, or any time):
 * the current one, then a new one under the same rules as applicants' (NIST SP 800-63B), different from
 * the current one. Clears "must change", ends the member's other sessions.
 */
export async function changeStaffPassword(options: {
  db: Db;
  staffId: string;
  keepTokenHash: string;
  input: unknown;
}) {
  const parsed = changePasswordSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const { currentPassword, newPassword } = parsed.data;
  const [member] = await options.db.select().from(staff).where(eq(staff.id, options.staffId));
  if (!member || member.disabled || !(await verifyPassword(member.passwordHash, currentPassword)))
    throw new AppError("validation", { currentPassword: "password.currentWrong" });
  if (isCommonPassword(newPassword) || readmePasswords.has(newPassword.normalize("NFKC")))
    throw new AppError("validation", { newPassword: "password.common" });
  if (newPassword.normalize("NFKC") === currentPassword.normalize("NFKC"))
    throw new AppError("validation", { newPassword: "password.sameAsCurrent" });
  await options.db.transaction(async (tx) => {
    await tx
      .update(staff)
      .set({ passwordHash: await hashPassword(newPassword), mustChangePassword: false })
      .where(eq(staff.id, member.id));
    await deleteStaffSessions(tx, member.id, options.keepTokenHash);
  });
}
