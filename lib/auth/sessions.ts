import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { individuals, notifications, sessions, users } from "@/lib/db/schema";
import { randomToken, sha256 } from "./tokens";

export const SESSION_IDLE_MS = 20 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** A session's last-seen time is written at most this often (applicants and staff alike). */
export const TOUCH_EVERY_MS = 30 * 1000;

export type SessionUser = {
  userId: string;
  iin: string;
  phone: string;
  locale: string;
  fullName: string;
  birthDate: string;
  tokenHash: string;
  idleExpiresAt: Date;
  expiresAt: Date;
  /** The user's unread notifications (the header's count), read in the same statement as the session. */
  unread: number;
};

/** A new session with a fresh random token (sign-in always rotates: the old token is not reused). */
export async function createSession(db: Db, userId: string, method: "password" | "eds", now = new Date()) {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await db
    .insert(sessions)
    .values({ tokenHash: sha256(token), userId, method, createdAt: now, lastSeenAt: now, expiresAt });
  return { token, expiresAt };
}

/** The signed-in user's unread notifications: one index lookup (notifications_user) in the session's row. */
const unreadCount =
  sql<number>`(select count(*) from ${notifications} where ${notifications.userId} = ${users.id}
  and ${isNull(notifications.readAt)})`.mapWith(Number);

/**
 * The session's user, or null when unknown, idle too long or past its absolute limit. Touches it. One
 * statement for every signed-in page: the session, the user, the person and the unread count.
 */
export async function findSession(db: Db, token: string, now = new Date()): Promise<SessionUser | null> {
  if (!token || token.length > 100) return null;
  const tokenHash = sha256(token);
  const [row] = await db
    .select({ session: sessions, user: users, person: individuals, unread: unreadCount })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(individuals, eq(individuals.iin, users.iin))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row) return null;
  const idleExpiresAt = new Date(row.session.lastSeenAt.getTime() + SESSION_IDLE_MS);
  if (idleExpiresAt <= now) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return null;
  }
  let lastSeen = row.session.lastSeenAt;
  if (now.getTime() - lastSeen.getTime() > TOUCH_EVERY_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
    lastSeen = now;
  }
  const { person } = row;
  return {
    userId: row.user.id,
    iin: row.user.iin,
    phone: row.user.phone,
    locale: row.user.locale,
    fullName: [person.surname, person.givenName, person.patronymic].filter(Boolean).join(" "),
    birthDate: person.birthDate,
    tokenHash,
    idleExpiresAt: new Date(Math.min(lastSeen.getTime() + SESSION_IDLE_MS, row.session.expiresAt.getTime())),
    expiresAt: row.session.expiresAt,
    unread: row.unread,
  };
}

/** Marks the session active now (the "stay signed in" answer to the idle warning). */
export async function extendSession(db: Db, token: string, now = new Date()): Promise<boolean> {
  const rows = await db
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(
      and(
        eq(sessions.tokenHash, sha256(token)),
        gt(sessions.expiresAt, now),
        gt(sessions.lastSeenAt, new Date(now.getTime() - SESSION_IDLE_MS)),
      ),
    )
    .returning({ tokenHash: sessions.tokenHash });
  return rows.length > 0;
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, sha256(token)));
}

/** Signs the user out everywhere, optionally keeping the current session. */
export async function deleteUserSessions(db: Db, userId: string, keepTokenHash?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(
      keepTokenHash
        ? and(eq(sessions.userId, userId), ne(sessions.tokenHash, keepTokenHash))
        : eq(sessions.userId, userId),
    );
}
