import { and, desc, eq, gt, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { confirmations, type ConfirmationPurpose } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { randomCode, sameHash, sha256 } from "./tokens";

export const CODE_TTL_MS = 5 * 60 * 1000;
export const CODE_MAX_ATTEMPTS = 5;
const HOUR_MS = 60 * 60 * 1000;
/**
 * At most 3 codes per phone and per IIN in any hour, and 10 in any day, counted within a purpose's
 * group: the sign-in second factor and key issue (which need the password first) apart from the codes
 * anyone can ask for (registration, reset, a home-visit consent). So nobody who knows only an IIN and a
 * phone can use up the codes that person needs to sign in.
 */
export const CODE_LIMITS = [
  { max: 3, windowMs: HOUR_MS },
  { max: 10, windowMs: 24 * HOUR_MS },
] as const;

type Purpose = ConfirmationPurpose;

const PURPOSE_GROUPS: Record<Purpose, readonly Purpose[]> = {
  register: ["register", "reset", "visitConsent"],
  reset: ["register", "reset", "visitConsent"],
  visitConsent: ["register", "reset", "visitConsent"],
  signIn: ["signIn"],
  keyIssue: ["keyIssue"],
};

/**
 * A one-time 6-digit code, valid 5 minutes. Every request counts against the code limits, per phone
 * and per IIN entered, whether or not a code is sent (a person not in the state database gets the same
 * answers); over a limit, AppError("rate_limited", { form: "code.tooMany" }, seconds until a new code).
 */
export async function createConfirmation(
  db: Db,
  values: { purpose: Purpose; iin: string; phone: string; eligible: boolean; passwordHash?: string },
  now = new Date(),
) {
  const id = crypto.randomUUID();
  const code = randomCode();
  await db.transaction(async (tx) => {
    // One request at a time per phone and IIN, so two at once cannot both pass the count.
    for (const value of [`phone:${values.phone}`, `iin:${values.iin}`].sort())
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${value}))`);
    const group = inArray(confirmations.purpose, [...PURPOSE_GROUPS[values.purpose]]);
    const waits = await Promise.all([
      secondsUntilAllowed(tx, and(group, eq(confirmations.phone, values.phone))!, now),
      secondsUntilAllowed(tx, and(group, eq(confirmations.iin, values.iin))!, now),
    ]);
    const wait = Math.max(...waits);
    if (wait > 0) throw new AppError("rate_limited", { form: "code.tooMany" }, wait);
    await tx.insert(confirmations).values({
      id,
      purpose: values.purpose,
      iin: values.iin,
      phone: values.phone,
      eligible: values.eligible ? 1 : 0,
      passwordHash: values.passwordHash ?? null,
      codeHash: sha256(code),
      createdAt: now,
      expiresAt: new Date(now.getTime() + CODE_TTL_MS),
    });
  });
  return { id, code };
}

/** Seconds until one more code fits every limit for the rows matching `where` (0: now). */
async function secondsUntilAllowed(db: Pick<Db, "select">, where: SQL, now: Date) {
  const longest = Math.max(...CODE_LIMITS.map((limit) => limit.windowMs));
  const recent = await db
    .select({ createdAt: confirmations.createdAt })
    .from(confirmations)
    .where(and(where, gt(confirmations.createdAt, new Date(now.getTime() - longest))))
    .orderBy(desc(confirmations.createdAt))
    .limit(Math.max(...CODE_LIMITS.map((limit) => limit.max)));
  const waits = CODE_LIMITS.map((limit) => {
    const oldest = recent[limit.max - 1]?.createdAt.getTime();
    return oldest === undefined ? 0 : oldest + limit.windowMs - now.getTime();
  });
  return Math.max(0, Math.ceil(Math.max(...waits) / 1000));
}

/**
 * Checks a one-time code. Wrong codes count; after the last try, or for a request that never got a
 * code (no match in the state database), the answer is the same as for a wrong code.
 */
export async function consumeConfirmation(
  db: Db,
  purpose: Purpose,
  id: string,
  code: string,
  now = new Date(),
) {
  const [row] = await db
    .select()
    .from(confirmations)
    .where(
      and(
        eq(confirmations.id, id),
        eq(confirmations.purpose, purpose),
        isNull(confirmations.consumedAt),
        gt(confirmations.expiresAt, now),
      ),
    );
  if (!row || row.attempts >= CODE_MAX_ATTEMPTS) throw new AppError("validation", { code: "code.expired" });
  if (!row.eligible || !sameHash(row.codeHash, sha256(code))) {
    await db
      .update(confirmations)
      .set({ attempts: sql`${confirmations.attempts} + 1` })
      .where(eq(confirmations.id, id));
    const last = row.attempts + 1 >= CODE_MAX_ATTEMPTS;
    throw new AppError("validation", { code: last ? "code.expired" : "code.wrong" });
  }
  const consumed = await db
    .update(confirmations)
    .set({ consumedAt: now })
    .where(and(eq(confirmations.id, id), isNull(confirmations.consumedAt)))
    .returning({ id: confirmations.id });
  if (consumed.length === 0) throw new AppError("validation", { code: "code.expired" });
  return row;
}
