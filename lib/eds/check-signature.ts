import { createHash, verify } from "node:crypto";
import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { webcrypto, type x509 } from "./algorithms";
import { allowedSignerAlgorithms, digestName } from "./allowed-algorithms";
import { knownCertificate } from "./certificate-cache";
import { parseSignedData, UNSUPPORTED, type SignedDataParts } from "./signed-data";

pkijs.setEngine("node", new pkijs.CryptoEngine({ name: "node", crypto: webcrypto as unknown as Crypto }));

const SIGNING_TIME = "1.2.840.113549.1.9.5";

/** The signer's certificate: already read (one-pass reader) or its DER (pkijs). */
export type Checked = { signingTime: Date; keyKind: "RSA" | "EC" } & (
  { certificate: x509.X509Certificate } | { certificateDer: ArrayBuffer }
);

/**
 * Parses the CMS and checks the signature over the content; null when anything is wrong, "weak" when
 * the signer's digest or signature algorithm is not on the allow-list (checked before verifying).
 * The usual shape (RSA, see signed-data.ts) is read in one pass and checked with Node's crypto; any
 * other shape goes through pkijs, as before.
 */
export async function checkSignature(
  cmsBase64: string,
  content: Uint8Array,
): Promise<Checked | "weak" | null> {
  let der: Buffer;
  try {
    der = Buffer.from(cmsBase64, "base64");
    if (der.length === 0 || der.length > 64 * 1024) return null;
  } catch {
    return null;
  }
  const quick = checkInOnePass(der, content);
  if (quick !== UNSUPPORTED) return quick;
  return checkWithPkijs(der, content);
}

/**
 * The same verdicts as checkWithPkijs for the shape it reads (tests/integration/eds-one-pass.test.ts
 * compares them): the message digest attribute equals the content's digest, and the signature over
 * the DER of the signed attributes verifies with the signer certificate's RSA key.
 */
export function checkInOnePass(
  der: Uint8Array,
  content: Uint8Array,
): Checked | "weak" | null | typeof UNSUPPORTED {
  try {
    const parts = parseSignedData(der);
    if (parts === UNSUPPORTED) return UNSUPPORTED;
    const known = knownCertificate(parts.certificate);
    if (!known || !sameBytes(known.issuer, parts.sidIssuer) || !sameBytes(known.serial, parts.sidSerial))
      return UNSUPPORTED;
    const keyKind = allowedSignerAlgorithms(parts.digestOid, parts.signatureOid);
    if (!keyKind) return "weak";
    const hash = digestName(parts.digestOid);
    if (keyKind !== "RSA" || known.publicKey.asymmetricKeyType !== "rsa" || !hash) return UNSUPPORTED;
    if (!sameBytes(createHash(hash).update(content).digest(), parts.messageDigest)) return null;
    if (!verifies(hash, parts, known.publicKey)) return null;
    if (!parts.signingTime) return null;
    return { certificate: known.certificate, signingTime: parts.signingTime, keyKind };
  } catch {
    return UNSUPPORTED;
  }
}

function verifies(hash: string, parts: SignedDataParts, key: Parameters<typeof verify>[2]): boolean {
  try {
    return verify(hash, parts.signedAttributes, key, parts.signature);
  } catch {
    return false;
  }
}

const sameBytes = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && Buffer.compare(Buffer.from(a.buffer, a.byteOffset, a.length), b) === 0;

/** The general reader (any shape pkijs reads). */
export async function checkWithPkijs(der: Uint8Array, content: Uint8Array): Promise<Checked | "weak" | null> {
  try {
    const asn = asn1js.fromBER(new Uint8Array(der));
    if (asn.offset === -1) return null;
    const contentInfo = new pkijs.ContentInfo({ schema: asn.result });
    if (contentInfo.contentType !== pkijs.ContentInfo.SIGNED_DATA) return null;
    const signedData = new pkijs.SignedData({ schema: contentInfo.content });
    if (signedData.signerInfos.length !== 1 || signedData.encapContentInfo.eContent) return null;
    const signer = signedData.signerInfos[0]!;
    const keyKind = allowedSignerAlgorithms(
      signer.digestAlgorithm.algorithmId,
      signer.signatureAlgorithm.algorithmId,
    );
    if (!keyKind) return "weak" as const;
    const data = content.buffer.slice(
      content.byteOffset,
      content.byteOffset + content.byteLength,
    ) as ArrayBuffer;
    const result = await signedData.verify({ signer: 0, data, extendedMode: true, checkChain: false });
    if (!result.signatureVerified || !result.signerCertificate) return null;
    const attributes = signedData.signerInfos[0]?.signedAttrs?.attributes ?? [];
    const timeValue = attributes.find((attribute) => attribute.type === SIGNING_TIME)?.values[0];
    const signingTime =
      timeValue instanceof asn1js.UTCTime || timeValue instanceof asn1js.GeneralizedTime
        ? timeValue.toDate()
        : null;
    if (!signingTime) return null;
    return { certificateDer: result.signerCertificate.toSchema().toBER(false), signingTime, keyKind };
  } catch {
    return null;
  }
}
