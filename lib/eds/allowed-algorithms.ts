import { x509 } from "./algorithms";

/**
 * The algorithm allow-list of every EDS check (applicants' signatures, EDS sign-in, staff results):
 * SHA-256/384/512 with RSA of at least 2048 bits or ECDSA on P-256/P-384. SHA-1, MD5, RSA-1024,
 * RSA-PSS and other curves are refused.
 */
const DIGESTS: Record<string, string> = {
  "2.16.840.1.101.3.4.2.1": "SHA-256",
  "2.16.840.1.101.3.4.2.2": "SHA-384",
  "2.16.840.1.101.3.4.2.3": "SHA-512",
};
const SIGNATURES: Record<string, { key: "RSA" | "EC"; hash: string | null }> = {
  // rsaEncryption and id-ecPublicKey: the digest algorithm names the hash.
  "1.2.840.113549.1.1.1": { key: "RSA", hash: null },
  "1.2.840.113549.1.1.11": { key: "RSA", hash: "SHA-256" },
  "1.2.840.113549.1.1.12": { key: "RSA", hash: "SHA-384" },
  "1.2.840.113549.1.1.13": { key: "RSA", hash: "SHA-512" },
  "1.2.840.10045.2.1": { key: "EC", hash: null },
  "1.2.840.10045.4.3.2": { key: "EC", hash: "SHA-256" },
  "1.2.840.10045.4.3.3": { key: "EC", hash: "SHA-384" },
  "1.2.840.10045.4.3.4": { key: "EC", hash: "SHA-512" },
};
const HASHES = new Set(Object.values(DIGESTS));

/** The allowed digest's name ("SHA-256", as Node's createHash and verify take it); null otherwise. */
export function digestName(digestOid: string): string | null {
  return DIGESTS[digestOid] ?? null;
}
const CURVES = new Set(["P-256", "P-384"]);
const MIN_RSA_BITS = 2048;

/** A signer's digest and signature algorithms (OIDs from the CMS SignerInfo); the key kind they need. */
export function allowedSignerAlgorithms(digestOid: string, signatureOid: string): "RSA" | "EC" | null {
  const digest = DIGESTS[digestOid];
  const signature = SIGNATURES[signatureOid];
  if (!digest || !signature) return null;
  if (signature.hash !== null && signature.hash !== digest) return null;
  return signature.key;
}

/** The certificate's key (RSA ≥ 2048 bits, ECDSA P-256/P-384) and the algorithm its issuer signed it with. */
export function allowedCertificate(certificate: x509.X509Certificate, keyKind: "RSA" | "EC"): boolean {
  try {
    const issuerSignature: unknown = certificate.signatureAlgorithm;
    if (!isAlgorithm(issuerSignature)) return false;
    const issuerHash: unknown = Reflect.get(issuerSignature, "hash");
    if (!isAlgorithm(issuerHash) || !HASHES.has(issuerHash.name)) return false;
    if (!["RSASSA-PKCS1-v1_5", "ECDSA"].includes(issuerSignature.name)) return false;
    const key: unknown = certificate.publicKey.algorithm;
    if (!isAlgorithm(key)) return false;
    if (keyKind === "RSA")
      return key.name === "RSASSA-PKCS1-v1_5" && numberField(key, "modulusLength") >= MIN_RSA_BITS;
    return key.name === "ECDSA" && CURVES.has(stringField(key, "namedCurve"));
  } catch {
    return false;
  }
}

function isAlgorithm(value: unknown): value is { name: string } {
  return typeof value === "object" && value !== null && typeof Reflect.get(value, "name") === "string";
}
function numberField(value: object, field: string): number {
  const found: unknown = Reflect.get(value, field);
  return typeof found === "number" ? found : 0;
}
function stringField(value: object, field: string): string {
  const found: unknown = Reflect.get(value, field);
  return typeof found === "string" ? found : "";
}
