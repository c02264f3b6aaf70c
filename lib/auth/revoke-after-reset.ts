import { and, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { certificates } from "@/lib/db/schema";
import { forgetTrustedDevices } from "./trusted-devices";

/** Keys issued this long before a password reset are revoked with it (a thief's fresh key). */
export const RESET_REVOKES_KEYS_MS = 24 * 3600 * 1000;

/**
 * After a password reset (someone else may have had the account): revoke the person's keys issued
 * in the last 24 hours (the CRL and EDS sign-in read the revocation) and forget every remembered
 * device. Sessions are ended by the caller. Returns the revoked serials.
 */
export async function revokeAfterReset(tx: Db, user: { id: string; iin: string }, now = new Date()) {
  const revoked = await tx
    .update(certificates)
    .set({ revokedAt: now })
    .where(
      and(
        eq(certificates.iin, user.iin),
        isNull(certificates.revokedAt),
        gt(certificates.issuedAt, new Date(now.getTime() - RESET_REVOKES_KEYS_MS)),
      ),
    )
    .returning({ serial: certificates.serial });
  await forgetTrustedDevices(tx, user.id);
  return revoked.map((row) => row.serial);
}
