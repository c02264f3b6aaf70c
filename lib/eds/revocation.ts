import { and, eq, isNotNull, isNull } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { certificates } from "@/lib/db/schema";
import { ensureAuthority } from "./authority";
import { rsaAlgorithm, x509 } from "./algorithms";

/** Revokes a certificate; with `iin`, only one of that person's own. Returns false when none matched. */
export async function revokeCertificate(
  db: Db,
  options: { serial: string; iin?: string; at?: Date },
): Promise<boolean> {
  const conditions = [eq(certificates.serial, options.serial.toLowerCase()), isNull(certificates.revokedAt)];
  if (options.iin) conditions.push(eq(certificates.iin, options.iin));
  const rows = await db
    .update(certificates)
    .set({ revokedAt: options.at ?? new Date() })
    .where(and(...conditions))
    .returning({ serial: certificates.serial });
  return rows.length > 0;
}

export async function isCertificateRevoked(db: Db, serial: string): Promise<boolean> {
  const [row] = await db
    .select({ serial: certificates.serial })
    .from(certificates)
    .where(and(eq(certificates.serial, serial.toLowerCase()), isNotNull(certificates.revokedAt)));
  return Boolean(row);
}

/** The current CRL (DER), signed by the issuing CA, valid for one day. */
export async function buildCrl(db: Db, now = new Date()): Promise<ArrayBuffer> {
  const authority = await ensureAuthority(db);
  const revoked = await db
    .select({ serial: certificates.serial, revokedAt: certificates.revokedAt })
    .from(certificates)
    .where(isNotNull(certificates.revokedAt));
  const crl = await x509.X509CrlGenerator.create({
    issuer: authority.issuing.subjectName,
    thisUpdate: now,
    nextUpdate: new Date(now.getTime() + 24 * 3600 * 1000),
    entries: revoked.map((row) => ({ serialNumber: row.serial, revocationDate: row.revokedAt ?? now })),
    signingAlgorithm: rsaAlgorithm,
    signingKey: authority.issuingKey,
  });
  return crl.rawData;
}
