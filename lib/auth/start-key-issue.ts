import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import type { SmsSender } from "@/lib/notifications/sms";
import { createRegistries } from "@/lib/registries";
import { createConfirmation } from "./confirmations";
import { verifyPassword } from "./passwords";
import { keyIssueStartSchema } from "./second-factor-schemas";
import { smsText } from "./sms-text";

/**
 * Key issue, step 1 (finding 4: a session alone must not mint a key): the account password again,
 * then a one-time code to the phone the state database of individuals holds.
 */
export async function startKeyIssue(options: {
  db: Db;
  sms: SmsSender;
  userId: string;
  input: unknown;
  locale: string;
  now?: Date;
}) {
  const parsed = keyIssueStartSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const { db } = options;
  const [user] = await db.select().from(users).where(eq(users.id, options.userId));
  if (!user || !(await verifyPassword(user.passwordHash, parsed.data.accountPassword))) {
    throw new AppError("validation", { accountPassword: "password.currentWrong" });
  }
  const person = await createRegistries(db).individuals.findByIin(user.iin);
  const phone = person?.phone ?? "";
  const confirmation = await createConfirmation(
    db,
    { purpose: "keyIssue", iin: user.iin, phone, eligible: phone !== "" },
    options.now,
  );
  if (phone)
    await options.sms.send(phone, await smsText(options.locale, "keyIssueCode", { code: confirmation.code }));
  return { confirmationId: confirmation.id, kind: parsed.data.kind };
}
