import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { SmsSender } from "@/lib/notifications/sms";
import { createRegistries } from "@/lib/registries";
import { consumeConfirmation, createConfirmation } from "./confirmations";
import { hashPassword, isCommonPassword } from "./passwords";
import { fieldErrors } from "@/lib/forms/field-errors";
import { confirmSchema, registerSchema } from "./schemas";
import { smsText } from "./sms-text";
import { consume } from "./throttle";

/**
 * Step 1: IIN, phone and password. The answer is the same whether or not the person exists, the
 * phone matches the state database, or an account exists; only a matching phone receives an SMS.
 * Throttled per IIN and per client before any work (argon2 runs for each request).
 */
export async function startRegistration(options: {
  db: Db;
  sms: SmsSender;
  input: unknown;
  locale: string;
  client: string;
}) {
  const parsed = registerSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const { iin, phone, password } = parsed.data;
  await consume(options.db, "register", { key: iin, client: options.client });
  if (isCommonPassword(password)) throw new AppError("validation", { password: "password.common" });
  const [person, [existing]] = await Promise.all([
    createRegistries(options.db).individuals.findByIin(iin),
    options.db.select({ id: users.id }).from(users).where(eq(users.iin, iin)).limit(1),
  ]);
  const phoneMatches = person?.phone === phone;
  const confirmation = await createConfirmation(options.db, {
    purpose: "register",
    iin,
    phone,
    eligible: phoneMatches && !existing,
    passwordHash: await hashPassword(password),
  });
  if (phoneMatches) {
    const body = existing
      ? await smsText(options.locale, "accountExists")
      : await smsText(options.locale, "registerCode", { code: confirmation.code });
    await options.sms.send(phone, body);
  }
  return { confirmationId: confirmation.id };
}

/** Step 2: the code from the SMS. Creates the account; the caller starts a session. */
export async function confirmRegistration(options: {
  db: Db;
  input: unknown;
  locale: string;
  client: string;
}) {
  const parsed = confirmSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  await consume(options.db, "registerConfirm", { client: options.client });
  const confirmation = await consumeConfirmation(
    options.db,
    "register",
    parsed.data.confirmationId,
    parsed.data.code,
  );
  const id = crypto.randomUUID();
  const created = await options.db
    .insert(users)
    .values({
      id,
      iin: confirmation.iin,
      phone: confirmation.phone,
      passwordHash: confirmation.passwordHash ?? "",
      locale: options.locale,
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (created.length === 0) throw new AppError("validation", { code: "code.expired" });
  return { userId: id };
}
