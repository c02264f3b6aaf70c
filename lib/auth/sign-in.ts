import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { decoyPasswordHash, verifyPassword } from "./passwords";
import { fieldErrors } from "@/lib/forms/field-errors";
import { signInSchema } from "./schemas";
import type { SmsSender } from "@/lib/notifications/sms";
import { passSecondFactor, type SignInStep } from "./second-factor";
import { clearFailures, lockedFor, recordFailure, throttleKey } from "./throttle";

/**
 * IIN + password. One generic refusal for any wrong pair; failures are counted per IIN and per
 * client, and over the limit the answer is 429 with the seconds to wait. A correct pair leads to the
 * second factor (an SMS code, or a remembered device): see `passSecondFactor`.
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
  const iinKey = throttleKey("iin", parsed.data.iin);
  const clientKey = throttleKey("client", options.client);
  const locked = await lockedFor(db, [iinKey, clientKey], now);
  if (locked !== null) throw new AppError("rate_limited", {}, locked);

  const [user] = await db.select().from(users).where(eq(users.iin, parsed.data.iin)).limit(1);
  const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), parsed.data.password);
  if (!user || !valid) {
    const lockedNow = [
      await recordFailure(db, "iin", iinKey, now),
      await recordFailure(db, "client", clientKey, now),
    ].filter((value): value is number => value !== null);
    if (lockedNow.length) throw new AppError("rate_limited", {}, Math.max(...lockedNow));
    throw new AppError("invalid_credentials");
  }
  await clearFailures(db, iinKey);
  return passSecondFactor(db, { ...options, user, now });
}
