import type { Db } from "@/lib/db/connect";
import { certificates, type CertificateKind } from "@/lib/db/schema";
import { ensureAuthority } from "./authority";
import { exportPrivateKeyPem, generateRsaKeys, OID, randomSerial, rsaAlgorithm, x509 } from "./algorithms";
import { buildPkcs12 } from "./pkcs12";

export type Holder = {
  iin: string;
  surname: string;
  givenName: string;
  patronymic: string | null;
  organisation?: { name: string; bin: string };
};
export type IssueOptions = {
  db: Db;
  holder: Holder;
  kind: CertificateKind;
  password: string;
  crlUrl: string;
  notBefore?: Date;
  notAfter?: Date;
  /** Where a key issued in the cabinet was asked for (coarse address, device), shown back to its owner. */
  origin?: { from: string | null; device: string | null };
  /** Runs in the transaction that records the certificate (e.g. the owner's notification). */
  onIssued?: (tx: Db, key: { serial: string; kind: CertificateKind }) => Promise<void>;
};
export type IssuedKey = { serial: string; fileName: string; pkcs12: Uint8Array; certificatePem: string };

const DAY = 24 * 3600 * 1000;

/** The subject as real Kazakhstan certificates lay it out. */
export function holderName(holder: Holder) {
  const upper = (value: string) => value.toLocaleUpperCase("kk-KZ");
  const name: x509.JsonNameParams = [
    { [OID.commonName]: [{ utf8String: `${upper(holder.surname)} ${upper(holder.givenName)}` }] },
    { [OID.surname]: [{ utf8String: upper(holder.surname) }] },
    { [OID.serialNumber]: [{ printableString: `IIN${holder.iin}` }] },
    { [OID.country]: [{ printableString: "KZ" }] },
  ];
  if (holder.patronymic) name.push({ [OID.givenName]: [{ utf8String: upper(holder.patronymic) }] });
  if (holder.organisation) {
    name.push({ [OID.organization]: [{ utf8String: holder.organisation.name }] });
    name.push({ [OID.organizationalUnit]: [{ printableString: `BIN${holder.organisation.bin}` }] });
  }
  return new x509.Name(name);
}

const usages: Record<CertificateKind, { flags: number; eku: string[] }> = {
  sign: {
    flags: x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation,
    eku: [OID.emailProtection, OID.kzIndividual],
  },
  auth: {
    flags: x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment,
    eku: [OID.clientAuth, OID.kzIndividual],
  },
};

/**
 * Issues a SIGN or AUTH certificate for a person and returns it with its fresh private key as a
 * password-protected PKCS#12 file. The private key is not stored: only the holder's file has it.
 */
export async function issueCertificate(options: IssueOptions): Promise<IssuedKey> {
  const authority = await ensureAuthority(options.db);
  const keys = await generateRsaKeys();
  const serial = randomSerial();
  const notBefore = options.notBefore ?? new Date(Date.now() - 60_000);
  const notAfter = options.notAfter ?? new Date(notBefore.getTime() + 365 * DAY);
  const usage = usages[options.kind];
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: serial,
    subject: holderName(options.holder),
    issuer: authority.issuing.subjectName,
    notBefore,
    notAfter,
    signingAlgorithm: rsaAlgorithm,
    publicKey: keys.publicKey,
    signingKey: authority.issuingKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(usage.flags, true),
      new x509.ExtendedKeyUsageExtension(usage.eku, false),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(authority.issuing),
      new x509.CRLDistributionPointsExtension([options.crlUrl]),
    ],
  });
  const certificatePem = certificate.toString("pem");
  const record = async (tx: Db) => {
    await tx.insert(certificates).values({
      serial,
      iin: options.holder.iin,
      kind: options.kind,
      subject: certificate.subject,
      notBefore,
      notAfter,
      certificatePem,
      issuedFrom: options.origin?.from ?? null,
      issuedDevice: options.origin?.device ?? null,
    });
    await options.onIssued?.(tx, { serial, kind: options.kind });
  };
  const { onIssued } = options;
  if (onIssued) await options.db.transaction((tx) => record(tx));
  else await record(options.db);
  const pkcs12 = buildPkcs12({
    privateKeyPem: await exportPrivateKeyPem(keys.privateKey),
    chainPems: [certificatePem, authority.issuing.toString("pem"), authority.root.toString("pem")],
    password: options.password,
    friendlyName: `${options.kind.toUpperCase()} ${options.holder.iin}`,
  });
  const fileName = `${options.kind === "auth" ? "AUTH_" : ""}RSA256_${serial}.p12`;
  return { serial, fileName, pkcs12, certificatePem };
}
