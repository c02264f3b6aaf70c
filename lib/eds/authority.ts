import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { pkiAuthorities } from "@/lib/db/schema";
import {
  exportPrivateKeyPem,
  generateRsaKeys,
  importPrivateKeyPem,
  OID,
  randomSerial,
  rsaAlgorithm,
  x509,
} from "./algorithms";

export type Authority = { root: x509.X509Certificate; issuing: x509.X509Certificate; issuingKey: CryptoKey };

const ROOT_NAME: x509.JsonNameParams = [
  { [OID.commonName]: [{ utf8String: "TEST NEGIZGI KO (RSA)" }] },
  { [OID.country]: [{ printableString: "KZ" }] },
];
const ISSUING_NAME: x509.JsonNameParams = [
  { [OID.commonName]: [{ utf8String: "TEST UKO (RSA)" }] },
  { [OID.country]: [{ printableString: "KZ" }] },
];
const YEAR = 365 * 24 * 3600 * 1000;

/**
 * The installation's test CA (root + issuing), created on first use and kept in the database.
 * Creating it races safely: the first insert wins and every caller reads the stored one.
 */
const loaded = new WeakMap<Db, Promise<Authority | null>>();

export async function ensureAuthority(db: Db, now = new Date()): Promise<Authority> {
  // The CA never changes once made: read and import it once per database connection.
  const cached = await loaded.get(db);
  if (cached) return cached;
  const existing = await loadAuthority(db);
  if (existing) {
    loaded.set(db, Promise.resolve(existing));
    return existing;
  }
  const rootKeys = await generateRsaKeys();
  const root = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: randomSerial(),
    name: new x509.Name(ROOT_NAME),
    notBefore: new Date(now.getTime() - 24 * 3600 * 1000),
    notAfter: new Date(now.getTime() + 20 * YEAR),
    signingAlgorithm: rsaAlgorithm,
    keys: rootKeys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 1, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(rootKeys.publicKey),
    ],
  });
  const issuingKeys = await generateRsaKeys();
  const issuing = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject: new x509.Name(ISSUING_NAME),
    issuer: root.subjectName,
    notBefore: new Date(now.getTime() - 24 * 3600 * 1000),
    notAfter: new Date(now.getTime() + 10 * YEAR),
    signingAlgorithm: rsaAlgorithm,
    publicKey: issuingKeys.publicKey,
    signingKey: rootKeys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(issuingKeys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(rootKeys.publicKey),
    ],
  });
  await db
    .insert(pkiAuthorities)
    .values([
      {
        id: "root",
        certificatePem: root.toString("pem"),
        privateKeyPem: await exportPrivateKeyPem(rootKeys.privateKey),
      },
      {
        id: "issuing",
        certificatePem: issuing.toString("pem"),
        privateKeyPem: await exportPrivateKeyPem(issuingKeys.privateKey),
      },
    ])
    .onConflictDoNothing();
  const stored = await loadAuthority(db);
  if (!stored) throw new Error("certification authority could not be stored");
  return stored;
}

async function loadAuthority(db: Db): Promise<Authority | null> {
  const rows = await db.select().from(pkiAuthorities);
  const root = rows.find((row) => row.id === "root");
  const issuing = rows.find((row) => row.id === "issuing");
  if (!root || !issuing) return null;
  return {
    root: new x509.X509Certificate(root.certificatePem),
    issuing: new x509.X509Certificate(issuing.certificatePem),
    issuingKey: await importPrivateKeyPem(issuing.privateKeyPem),
  };
}

export async function authorityChainPem(db: Db): Promise<string> {
  const authority = await ensureAuthority(db);
  return `${authority.issuing.toString("pem")}\n${authority.root.toString("pem")}\n`;
}

export async function hasAuthority(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ id: pkiAuthorities.id })
    .from(pkiAuthorities)
    .where(eq(pkiAuthorities.id, "issuing"));
  return Boolean(row);
}
