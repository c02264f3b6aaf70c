import fs from "node:fs";
import path from "node:path";
import { and, eq, isNull } from "drizzle-orm";
import { issueCertificate, type Holder } from "@/lib/eds/issue-certificate";
import type { Db } from "@/lib/db/connect";
import { certificates, type CertificateKind } from "@/lib/db/schema";

export const DEMO_KEY_PASSWORD = "demo-key-2026";

/**
 * Writes a demo key file (RSA256_<serial>.p12 or AUTH_RSA256_<serial>.p12) to the folder unless a
 * valid one is already there: the seed stays idempotent across restarts.
 */
export async function ensureDemoKeyFile(
  db: Db,
  options: { folder: string; holder: Holder; kind: CertificateKind; crlUrl?: string },
) {
  const prefix = options.kind === "auth" ? "AUTH_RSA256_" : "RSA256_";
  const existing = await db
    .select({ serial: certificates.serial })
    .from(certificates)
    .where(
      and(
        eq(certificates.iin, options.holder.iin),
        eq(certificates.kind, options.kind),
        isNull(certificates.revokedAt),
      ),
    );
  if (
    existing.some((row) =>
      fs.existsSync(path.join(/*turbopackIgnore: true*/ options.folder, `${prefix}${row.serial}.p12`)),
    )
  )
    return;
  const key = await issueCertificate({
    db,
    holder: options.holder,
    kind: options.kind,
    password: DEMO_KEY_PASSWORD,
    crlUrl: options.crlUrl ?? "http://localhost:3000/api/v1/eds/crl",
  });
  fs.mkdirSync(options.folder, { recursive: true });
  fs.writeFileSync(path.join(/*turbopackIgnore: true*/ options.folder, key.fileName), key.pkcs12);
}
