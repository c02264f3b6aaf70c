import { eq, inArray, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { signInThrottle } from "@/lib/db/schema";
import { sha256 } from "./tokens";

/** Per IIN: 5 failures in 15 minutes lock it for 15 minutes. Per client: 20 failures lock the client. */
export const THROTTLE_LIMITS = {
  iin: { max: 5, windowMs: 15 * 60 * 1000, lockMs: 15 * 60 * 1000 },
  client: { max: 20, windowMs: 15 * 60 * 1000, lockMs: 15 * 60 * 1000 },
} as const;

type Scope = keyof typeof THROTTLE_LIMITS;
export const throttleKey = (scope: Scope, value: string) => `${scope}:${sha256(value)}`;

/** Seconds until the first of these keys unlocks, or null when none is locked. */
export async function lockedFor(db: Db, keys: string[], now = new Date()): Promise<number | null> {
  const rows = await db.select().from(signInThrottle).where(inArray(signInThrottle.key, keys));
  const until = rows.map((row) => row.lockedUntil?.getTime() ?? 0).filter((time) => time > now.getTime());
  return until.length ? Math.ceil((Math.max(...until) - now.getTime()) / 1000) : null;
}

/** Counts a failure; returns seconds locked when this failure reached the limit. */
export async function recordFailure(
  db: Db,
  scope: Scope,
  key: string,
  now = new Date(),
): Promise<number | null> {
  const limit = THROTTLE_LIMITS[scope];
  const windowStart = new Date(now.getTime() - limit.windowMs);
  const [row] = await db
    .insert(signInThrottle)
    .values({ key, failures: 1, windowStartedAt: now })
    .onConflictDoUpdate({
      target: signInThrottle.key,
      set: {
        failures: sql`case when ${signInThrottle.windowStartedAt} < ${windowStart}
          then 1 else ${signInThrottle.failures} + 1 end`,
        windowStartedAt: sql`case when ${signInThrottle.windowStartedAt} < ${windowStart}
          then ${now} else ${signInThrottle.windowStartedAt} end`,
      },
    })
    .returning();
  if (!row || row.failures < limit.max) return null;
  const lockedUntil = new Date(now.getTime() + limit.lockMs);
  await db
    .update(signInThrottle)
    .set({ lockedUntil, failures: 0, windowStartedAt: now })
    .where(eq(signInThrottle.key, key));
  return Math.ceil(limit.lockMs / 1000);
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, key));
}
