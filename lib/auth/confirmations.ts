import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { confirmations, type ConfirmationPurpose } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { randomCode, sameHash, sha256 } from "./tokens";

export const CODE_TTL_MS = 10 * 60 * 1000;
export const CODE_MAX_ATTEMPTS = 5;

type Purpose = ConfirmationPurpose;

export async function createConfirmation(
  db: Db,
  values: { purpose: Purpose; iin: string; phone: string; eligible: boolean; passwordHash?: string },
  now = new Date(),
) {
  const id = crypto.randomUUID();
  const code = randomCode();
  await db.insert(confirmations).values({
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
  return { id, code };
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
