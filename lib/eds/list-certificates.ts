import { desc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { certificates } from "@/lib/db/schema";

export async function listCertificates(db: Db, iin: string) {
  return db
    .select({
      serial: certificates.serial,
      kind: certificates.kind,
      notBefore: certificates.notBefore,
      notAfter: certificates.notAfter,
      revokedAt: certificates.revokedAt,
      issuedAt: certificates.issuedAt,
      issuedFrom: certificates.issuedFrom,
      issuedDevice: certificates.issuedDevice,
    })
    .from(certificates)
    .where(eq(certificates.iin, iin))
    .orderBy(desc(certificates.issuedAt));
}
