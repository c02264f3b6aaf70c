import { createHash, createPublicKey, type KeyObject } from "node:crypto";
import * as pkijs from "pkijs";
import { x509 } from "./algorithms";
import { childrenOf, readTlv, slice, TAG } from "./der";

/**
 * What never changes for given bytes, worked out once per process: a signer certificate read
 * (keyed by its DER's SHA-256) and "this certificate's signature verifies with that one's key"
 * (keyed by both certificates' SHA-256). Validity, revocation, key usage and the IIN are not here:
 * they depend on the time, the CRL and the caller, and are checked on every verification.
 */
export type KnownCertificate = {
  certificate: x509.X509Certificate;
  /** Node's key for the signature check. */
  publicKey: KeyObject;
  /** The TBS certificate's serial INTEGER and issuer Name (whole elements, DER). */
  serial: Uint8Array;
  issuer: Uint8Array;
};

/** A Map that forgets its oldest entry beyond `limit`. */
export class Bounded<V> {
  private readonly entries = new Map<string, V>();
  constructor(private readonly limit: number) {}
  get(key: string): V | undefined {
    return this.entries.get(key);
  }
  set(key: string, value: V) {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }
  get size() {
    return this.entries.size;
  }
}

const certificates = new Bounded<KnownCertificate | null>(500);
const verdicts = new Bounded<boolean>(2000);
const fingerprints = new WeakMap<x509.X509Certificate, string>();

const sha256 = (bytes: Uint8Array | ArrayBuffer) =>
  createHash("sha256")
    .update(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes))
    .digest("hex");

/**
 * The certificate read from its DER, or null when the general reader (pkijs) would not read it or
 * would not give back the same bytes, or @peculiar/x509 or Node cannot read it: the caller then
 * takes the general path, which gives such a certificate its old answer.
 */
export function knownCertificate(der: Uint8Array): KnownCertificate | null {
  const key = sha256(der);
  const cached = certificates.get(key);
  if (cached !== undefined) return cached;
  const known = readCertificate(der);
  certificates.set(key, known);
  return known;
}

function readCertificate(der: Uint8Array): KnownCertificate | null {
  try {
    const copy = Uint8Array.from(der);
    const again = new Uint8Array(pkijs.Certificate.fromBER(copy).toSchema().toBER(false));
    if (Buffer.compare(Buffer.from(again), Buffer.from(der)) !== 0) return null;
    const outer = readTlv(copy, 0);
    const tbs = outer && childrenOf(copy, outer)?.[0];
    const fields = tbs && tbs.tag === TAG.sequence ? childrenOf(copy, tbs) : null;
    if (!fields) return null;
    const [serial, , issuer] = fields[0]?.tag === TAG.context0 ? fields.slice(1) : fields;
    if (serial?.tag !== TAG.integer || issuer?.tag !== TAG.sequence) return null;
    const certificate = new x509.X509Certificate(copy);
    const publicKey = createPublicKey({
      key: Buffer.from(certificate.publicKey.rawData),
      format: "der",
      type: "spki",
    });
    return { certificate, publicKey, serial: slice(copy, serial), issuer: slice(copy, issuer) };
  } catch {
    return null;
  }
}

/** Whether `subject`'s signature verifies with `issuer`'s public key (signature only, no dates). */
export async function signedBy(
  subject: x509.X509Certificate,
  issuer: x509.X509Certificate,
): Promise<boolean> {
  const key = `${fingerprint(issuer)}>${fingerprint(subject)}`;
  const cached = verdicts.get(key);
  if (cached !== undefined) return cached;
  const verdict = await subject.verify({ publicKey: issuer.publicKey, signatureOnly: true });
  verdicts.set(key, verdict);
  return verdict;
}

function fingerprint(certificate: x509.X509Certificate): string {
  let known = fingerprints.get(certificate);
  if (!known) {
    known = sha256(certificate.rawData);
    fingerprints.set(certificate, known);
  }
  return known;
}
