import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { SmsSender } from "@/lib/notifications/sms";
import { consumeConfirmation, createConfirmation } from "./confirmations";
import { hashPassword, isCommonPassword, verifyPassword } from "./passwords";
import { fieldErrors } from "@/lib/forms/field-errors";
import { changePasswordSchema, resetConfirmSchema, resetRequestSchema } from "./schemas";
import { revokeAfterReset } from "./revoke-after-reset";
import { deleteUserSessions } from "./sessions";
import { forgetTrustedDevices } from "./trusted-devices";
import { smsText } from "./sms-text";
import { consume } from "./throttle";

/** Change password while signed in; every other session of the user ends, remembered devices too. */
export async function changePassword(options: {
  db: Db;
  userId: string;
  keepTokenHash: string;
  input: unknown;
}) {
  const parsed = changePasswordSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const [user] = await options.db.select().from(users).where(eq(users.id, options.userId));
  if (!user || !(await verifyPassword(user.passwordHash, parsed.data.currentPassword))) {
    throw new AppError("validation", { currentPassword: "password.currentWrong" });
  }
  if (isCommonPassword(parsed.data.newPassword))
    throw new AppError("validation", { newPassword: "password.common" });
  await options.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(parsed.data.newPassword), passwordChangedAt: new Date() })
      .where(eq(users.id, user.id));
    await deleteUserSessions(tx as unknown as Db, user.id, options.keepTokenHash);
    await forgetTrustedDevices(tx, user.id);
  });
}

/** Reset step 1: IIN and phone; a code goes to the account's phone when both match. Same answer otherwise. */
export async function startPasswordReset(options: {
  db: Db;
  sms: SmsSender;
  input: unknown;
  locale: string;
  client: string;
}) {
  const parsed = resetRequestSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  await consume(options.db, "reset", { key: parsed.data.iin, client: options.client });
  const [user] = await options.db.select().from(users).where(eq(users.iin, parsed.data.iin));
  const eligible = user?.phone === parsed.data.phone;
  const confirmation = await createConfirmation(options.db, { purpose: "reset", ...parsed.data, eligible });
  if (eligible)
    await options.sms.send(
      parsed.data.phone,
      await smsText(options.locale, "resetCode", { code: confirmation.code }),
    );
  return { confirmationId: confirmation.id };
}

/**
 * Reset step 2: the code and a new password; all sessions end, remembered devices are forgotten and
 * keys issued in the last 24 hours are revoked.
 */
export async function confirmPasswordReset(options: { db: Db; input: unknown; client: string }) {
  const parsed = resetConfirmSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  await consume(options.db, "resetConfirm", { client: options.client });
  if (isCommonPassword(parsed.data.password))
    throw new AppError("validation", { password: "password.common" });
  const confirmation = await consumeConfirmation(
    options.db,
    "reset",
    parsed.data.confirmationId,
    parsed.data.code,
  );
  const passwordHash = await hashPassword(parsed.data.password);
  await options.db.transaction(async (tx) => {
    const [user] = await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: new Date() })
      .where(eq(users.iin, confirmation.iin))
      .returning();
    if (user) {
      await deleteUserSessions(tx as unknown as Db, user.id);
      await revokeAfterReset(tx, user);
    }
  });
}
