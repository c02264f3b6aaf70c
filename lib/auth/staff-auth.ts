import { and, eq, gt, ne } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/connect";
import { providers, staff, staffSessions, type StaffRole } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { decoyPasswordHash, verifyPassword } from "./passwords";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, TOUCH_EVERY_MS } from "./sessions";
import { checkFailures, clearFailures, recordFailure } from "./throttle";
import { randomToken, sha256 } from "./tokens";
import { fieldErrors } from "@/lib/forms/field-errors";
import { safeText } from "@/lib/forms/safe-text";

export const STAFF_COOKIE = "qz_staff";
export const staffSignInSchema = z.object({
  login: safeText(100).min(1, "field.required"),
  password: z.string().min(1, "password.required").max(512, "password.tooLong"),
});

export type StaffUser = {
  id: string;
  role: StaffRole;
  fullName: string;
  iin: string | null;
  providerId: string;
  providerName: string;
  providerKind: string;
};

/** A staff session: the member, and whether they must still replace a one-time password. */
export type StaffSession = StaffUser & { mustChangePassword: boolean };

/** Staff sign-in: the same throttling and one generic refusal as applicants. */
export async function signInStaff(options: { db: Db; input: unknown; client: string; now?: Date }) {
  const parsed = staffSignInSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const now = options.now ?? new Date();
  const subject = { key: parsed.data.login, client: options.client };
  await checkFailures(options.db, "staffSignIn", subject);
  const [row] = await options.db.select().from(staff).where(eq(staff.login, parsed.data.login));
  const valid = await verifyPassword(row?.passwordHash ?? (await decoyPasswordHash()), parsed.data.password);
  if (!row || row.disabled || !valid) {
    await recordFailure(options.db, "staffSignIn", subject);
    throw new AppError("invalid_credentials");
  }
  await clearFailures(options.db, "staffSignIn", parsed.data.login);
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await options.db
    .insert(staffSessions)
    .values({ tokenHash: sha256(token), staffId: row.id, createdAt: now, lastSeenAt: now, expiresAt });
  return { token, expiresAt, mustChangePassword: row.mustChangePassword };
}

export async function findStaffSession(
  db: Db,
  token: string,
  now = new Date(),
): Promise<StaffSession | null> {
  if (!token || token.length > 100) return null;
  const [row] = await db
    .select({ session: staffSessions, member: staff, provider: providers })
    .from(staffSessions)
    .innerJoin(staff, eq(staff.id, staffSessions.staffId))
    .innerJoin(providers, eq(providers.id, staff.providerId))
    .where(
      and(
        eq(staffSessions.tokenHash, sha256(token)),
        gt(staffSessions.expiresAt, now),
        gt(staffSessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
        eq(staff.disabled, false),
      ),
    );
  if (!row) return null;
  // The idle clock moves at most every 30 s: an office page is not an UPDATE on every request.
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_EVERY_MS)
    await db
      .update(staffSessions)
      .set({ lastSeenAt: now })
      .where(eq(staffSessions.tokenHash, row.session.tokenHash));
  return {
    id: row.member.id,
    role: row.member.role,
    fullName: row.member.fullName,
    iin: row.member.iin,
    providerId: row.provider.id,
    providerName: row.provider.name,
    providerKind: row.provider.kind,
    mustChangePassword: row.member.mustChangePassword,
  };
}

/** Ends a staff member's sessions, all of them or all but the one whose token hash is kept. */
export async function deleteStaffSessions(db: Db, staffId: string, keepTokenHash?: string) {
  await db
    .delete(staffSessions)
    .where(
      keepTokenHash
        ? and(eq(staffSessions.staffId, staffId), ne(staffSessions.tokenHash, keepTokenHash))
        : eq(staffSessions.staffId, staffId),
    );
}

export async function deleteStaffSession(db: Db, token: string) {
  await db.delete(staffSessions).where(eq(staffSessions.tokenHash, sha256(token)));
}
