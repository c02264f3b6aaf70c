import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import type { SmsSender } from "@/lib/notifications/sms";
import { createRegistries } from "@/lib/registries";
import { consumeConfirmation, createConfirmation } from "./confirmations";
import { signInConfirmSchema } from "./second-factor-schemas";
import { createSession } from "./sessions";
import { smsText } from "./sms-text";
import { isTrustedDevice, rememberDevice } from "./trusted-devices";
import { consume } from "./throttle";

export type SignInStep =
  | { step: "session"; userId: string; token: string; expiresAt: Date }
  | { step: "code"; confirmationId: string };

/**
 * After a correct password (ASVS 5.0 §6.3.3): a remembered device of this user opens the session;
 * otherwise a one-time code goes to the phone the state database of individuals holds, and the
 * session opens only with that code. Someone with no phone there gets no code (EDS sign-in remains).
 */
export async function passSecondFactor(
  db: Db,
  options: {
    user: { id: string; iin: string };
    sms: SmsSender;
    locale: string;
    deviceCookie?: string | null;
    now: Date;
  },
): Promise<SignInStep> {
  const { user, now } = options;
  if (await isTrustedDevice(db, { userId: user.id, cookie: options.deviceCookie }, now)) {
    return { step: "session", userId: user.id, ...(await createSession(db, user.id, "password", now)) };
  }
  const person = await createRegistries(db).individuals.findByIin(user.iin);
  const phone = person?.phone ?? "";
  const confirmation = await createConfirmation(
    db,
    { purpose: "signIn", iin: user.iin, phone, eligible: phone !== "" },
    now,
  );
  if (phone)
    await options.sms.send(phone, await smsText(options.locale, "signInCode", { code: confirmation.code }));
  return { step: "code", confirmationId: confirmation.id };
}

/**
 * The second step: the SMS code opens the session; with `remember`, this browser is remembered for
 * 30 days (the caller sets the returned cookie). Wrong codes count toward the code's tries.
 */
export async function confirmSignIn(options: {
  db: Db;
  input: unknown;
  client: string;
  userAgentDescription: string | null;
  now?: Date;
}) {
  const parsed = signInConfirmSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const { db } = options;
  // Each code has its 5 tries; the client's budget stops one address cycling through many codes.
  await consume(db, "secondFactor", { key: parsed.data.confirmationId, client: options.client });
  const now = options.now ?? new Date();
  const confirmation = await consumeConfirmation(
    db,
    "signIn",
    parsed.data.confirmationId,
    parsed.data.code,
    now,
  );
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.iin, confirmation.iin));
  if (!user) throw new AppError("validation", { code: "code.expired" });
  const session = await createSession(db, user.id, "password", now);
  const device = parsed.data.remember
    ? await rememberDevice(db, { userId: user.id, description: options.userAgentDescription }, now)
    : null;
  return { userId: user.id, ...session, device };
}
