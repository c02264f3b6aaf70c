import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { edsChallenges, users } from "@/lib/db/schema";
import { ensureAuthority } from "@/lib/eds/authority";
import { isCertificateRevoked } from "@/lib/eds/revocation";
import { verifyCms } from "@/lib/eds/verify-cms";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import { edsSignInSchema } from "./schemas";
import { createSession } from "./sessions";
import { randomToken } from "./tokens";

export const CHALLENGE_TTL_MS = 5 * 60 * 1000;

export async function createEdsChallenge(db: Db, now = new Date()) {
  const challenge = randomToken();
  const expiresAt = new Date(now.getTime() + CHALLENGE_TTL_MS);
  await db.insert(edsChallenges).values({ id: challenge, expiresAt });
  return { challenge, expiresAt };
}

/** Sign-in with the AUTH key: a fresh, single-use challenge signed as detached CMS. */
export async function signInWithEds(options: { db: Db; input: unknown; now?: Date }) {
  const parsed = edsSignInSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const { db } = options;
  const now = options.now ?? new Date();
  const used = await db
    .update(edsChallenges)
    .set({ usedAt: now })
    .where(
      and(
        eq(edsChallenges.id, parsed.data.challenge),
        isNull(edsChallenges.usedAt),
        gt(edsChallenges.expiresAt, now),
      ),
    )
    .returning({ id: edsChallenges.id });
  if (used.length === 0) throw new AppError("eds_challenge_invalid");
  const authority = await ensureAuthority(db);
  const result = await verifyCms({
    cms: parsed.data.cms,
    content: new TextEncoder().encode(parsed.data.challenge),
    purpose: "auth",
    expectedIin: null,
    issuing: authority.issuing,
    root: authority.root,
    isRevoked: (serial) => isCertificateRevoked(db, serial),
    now,
  });
  if (!result.ok) throw new AppError(result.code);
  const [user] = await db.select().from(users).where(eq(users.iin, result.iin)).limit(1);
  if (!user) throw new AppError("invalid_credentials");
  const session = await createSession(db, user.id, "eds", now);
  return { userId: user.id, ...session };
}
