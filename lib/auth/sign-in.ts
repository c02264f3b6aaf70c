import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { decoyPasswordHash, verifyPassword } from "./passwords";
import { fieldErrors } from "@/lib/forms/field-errors";
import { signInSchema } from "./schemas";
import type { SmsSender } from "@/lib/notifications/sms";
import { passSecondFactor, type SignInStep } from "./second-factor";
import { checkFailures, clearFailures, recordFailure } from "./throttle";

/**
 * IIN + password. One generic refusal for any wrong pair; failures are counted per IIN (a progressive
 * delay, never a lock) and per client (a hard limit); while either holds, 429 with the seconds to wait.
 * A correct pair leads to the second factor (an SMS code, or a remembered device): see
 * `passSecondFactor`.
 */
export async function signInWithPassword(options: {
  db: Db;
  input: unknown;
  client: string;
  sms: SmsSender;
  locale: string;
  deviceCookie?: string | null;
  now?: Date;
}): Promise<SignInStep> {
  const parsed = signInSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const { db } = options;
  const now = options.now ?? new Date();
  const subject = { key: parsed.data.iin, client: options.client };
  await checkFailures(db, "signIn", subject);

  const [user] = await db.select().from(users).where(eq(users.iin, parsed.data.iin)).limit(1);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), parsed.data.password);
  if (!user || !valid) {
    await recordFailure(db, "signIn", subject);
    throw new AppError("invalid_credentials");
  }
  await clearFailures(db, "signIn", parsed.data.iin);
  return passSecondFactor(db, { ...options, user, now });
}
