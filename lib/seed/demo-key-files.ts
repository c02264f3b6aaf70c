import fs from "node:fs";
import path from "node:path";
import { and, desc, eq, isNull } from "drizzle-orm";
import type { BlobStorage } from "@/lib/attachments/blob-storage";
import { issueCertificate, type Holder } from "@/lib/eds/issue-certificate";
import type { Db } from "@/lib/db/connect";
import { certificates, type CertificateKind } from "@/lib/db/schema";

export const DEMO_KEY_PASSWORD = "demo-key-2026";

/** A demo key file's key in the blob storage (BLOB_STORE), shared by every node. */
export const demoKeyStorageKey = (serial: string) => `demo-key-${serial.toLowerCase()}`;
const fileName = (kind: CertificateKind, serial: string) =>
  `${kind === "auth" ? "AUTH_" : ""}RSA256_${serial}.p12`;

function readIfPresent(file: string): Uint8Array | null {
  try {
    return new Uint8Array(fs.readFileSync(file));
  } catch {
    return null;
  }
}

/** The holder's valid (not revoked) certificates of a kind, newest first. */
function validCertificates(db: Db, iin: string, kind: CertificateKind) {
  return db
    .select({ serial: certificates.serial })
    .from(certificates)
    .where(and(eq(certificates.iin, iin), eq(certificates.kind, kind), isNull(certificates.revokedAt)))
    .orderBy(desc(certificates.issuedAt));
}

/**
 * Makes sure a demo key file (RSA256_<serial>.p12 or AUTH_RSA256_<serial>.p12) exists: in the blob
 * storage when one is given (so every node of a deployment has the same keys and can serve them) and
 * as a file in the folder (where the README and the tests read it). A valid key already in the
 * storage is copied to this node's folder, a file of an older start is copied to the storage; only
 * when neither exists is a new certificate issued. Idempotent; the server seeds under the startup
 * lock (lib/db/startup-lock.ts), so two nodes starting at once issue one key, not two.
 */
export async function ensureDemoKeyFile(
  db: Db,
  options: { folder: string; holder: Holder; kind: CertificateKind; crlUrl?: string; store?: BlobStorage },
) {
  const { store } = options;
  for (const { serial } of await validCertificates(db, options.holder.iin, options.kind)) {
    const file = path.join(/*turbopackIgnore: true*/ options.folder, fileName(options.kind, serial));
    const stored = store ? await store.get(demoKeyStorageKey(serial)) : null;
    const bytes = stored ?? readIfPresent(file);
    if (!bytes) continue;
    if (store && !stored) await store.put(demoKeyStorageKey(serial), bytes);
    if (!fs.existsSync(file)) writeKeyFile(file, bytes);
    return;
  }
  const key = await issueCertificate({
    db,
    holder: options.holder,
    kind: options.kind,
    password: DEMO_KEY_PASSWORD,
    crlUrl: options.crlUrl ?? "http://localhost:3000/api/v1/eds/crl",
  });
  if (store) await store.put(demoKeyStorageKey(key.serial), key.pkcs12);
  writeKeyFile(path.join(/*turbopackIgnore: true*/ options.folder, key.fileName), key.pkcs12);
}

function writeKeyFile(file: string, bytes: Uint8Array) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.part`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, file);
}

/** The newest valid demo key file of a holder (IIN) from the shared storage, or null. */
export async function readDemoKeyFile(
  db: Db,
  store: BlobStorage,
  iin: string,
  kind: CertificateKind,
): Promise<{ fileName: string; bytes: Uint8Array } | null> {
  for (const { serial } of await validCertificates(db, iin, kind)) {
    const bytes = await store.get(demoKeyStorageKey(serial));
    if (bytes) return { fileName: fileName(kind, serial), bytes };
  }
  return null;
}
