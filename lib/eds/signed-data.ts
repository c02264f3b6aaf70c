import { childrenOf, contents, oidOf, readTlv, slice, TAG, type Tlv } from "./der";

/**
 * The one shape of detached CMS SignedData that signers produce (our browser signer, NCALayer): strict
 * DER, id-data content without eContent, one certificate, no CRLs, one signer named by issuer and
 * serial, algorithm parameters absent or NULL, signed attributes that are exactly one content type,
 * one message digest and at most one signing time, no unsigned attributes. Every element is read, so
 * whatever this accepts the general reader reads the same way. Anything else is "unsupported": the
 * caller then uses the general (pkijs) reader, so every other shape keeps exactly its old answer.
 */
export type SignedDataParts = {
  digestOid: string;
  signatureOid: string;
  /** The only certificate's DER. */
  certificate: Uint8Array;
  /** The signer identifier's issuer Name and serial INTEGER (whole elements, DER). */
  sidIssuer: Uint8Array;
  sidSerial: Uint8Array;
  /** What the signature covers: the signed attributes as a SET (their [0] tag replaced by 0x31). */
  signedAttributes: Uint8Array;
  messageDigest: Uint8Array;
  /** Null when there is no signing-time attribute (the caller refuses such a signature). */
  signingTime: Date | null;
  signature: Uint8Array;
};

export const UNSUPPORTED = "unsupported" as const;

const ID_SIGNED_DATA = "1.2.840.113549.1.7.2";
const ID_DATA = "1.2.840.113549.1.7.1";
const CONTENT_TYPE = "1.2.840.113549.1.9.3";
const MESSAGE_DIGEST = "1.2.840.113549.1.9.4";
const SIGNING_TIME = "1.2.840.113549.1.9.5";

export function parseSignedData(der: Uint8Array): SignedDataParts | typeof UNSUPPORTED {
  const root = readTlv(der, 0);
  // Bytes after the ContentInfo are ignored by the general reader; leave such input to it.
  if (!root || root.tag !== TAG.sequence || root.end !== der.length) return UNSUPPORTED;
  const [type, explicit, ...rest] = childrenOf(der, root) ?? [];
  if (!type || !explicit || rest.length || oidOf(der, type) !== ID_SIGNED_DATA) return UNSUPPORTED;
  if (explicit.tag !== TAG.context0) return UNSUPPORTED;
  const inner = childrenOf(der, explicit);
  if (inner?.length !== 1 || inner[0]!.tag !== TAG.sequence) return UNSUPPORTED;
  const fields = childrenOf(der, inner[0]!);
  if (fields?.length !== 5) return UNSUPPORTED;
  const [version, digestAlgorithms, encapsulated, certificates, signerInfos] = fields as [
    Tlv,
    Tlv,
    Tlv,
    Tlv,
    Tlv,
  ];
  if (!isInteger(version) || digestAlgorithms.tag !== TAG.set) return UNSUPPORTED;
  if (!(childrenOf(der, digestAlgorithms) ?? [null]).every((item) => item && algorithmOf(der, item)))
    return UNSUPPORTED;
  const encapsulatedFields = encapsulated.tag === TAG.sequence ? childrenOf(der, encapsulated) : null;
  if (encapsulatedFields?.length !== 1 || oidOf(der, encapsulatedFields[0]!) !== ID_DATA) return UNSUPPORTED;
  if (certificates.tag !== TAG.context0 || signerInfos.tag !== TAG.set) return UNSUPPORTED;
  const certificateList = childrenOf(der, certificates);
  if (certificateList?.length !== 1 || certificateList[0]!.tag !== TAG.sequence) return UNSUPPORTED;
  const signers = childrenOf(der, signerInfos);
  if (signers?.length !== 1 || signers[0]!.tag !== TAG.sequence) return UNSUPPORTED;
  const signer = readSigner(der, signers[0]!);
  if (!signer) return UNSUPPORTED;
  return { ...signer, certificate: slice(der, certificateList[0]!) };
}

function readSigner(der: Uint8Array, signerInfo: Tlv) {
  const fields = childrenOf(der, signerInfo);
  if (fields?.length !== 6) return null;
  const [version, sid, digestAlgorithm, attributes, signatureAlgorithm, signature] = fields as [
    Tlv,
    Tlv,
    Tlv,
    Tlv,
    Tlv,
    Tlv,
  ];
  if (!isInteger(version) || sid.tag !== TAG.sequence) return null;
  // The issuer and serial are compared byte for byte with the certificate's (verify-cms.ts).
  const sidFields = childrenOf(der, sid);
  if (sidFields?.length !== 2 || sidFields[0]!.tag !== TAG.sequence || !isInteger(sidFields[1]!)) return null;
  const digestOid = algorithmOf(der, digestAlgorithm);
  const signatureOid = algorithmOf(der, signatureAlgorithm);
  if (!digestOid || !signatureOid || attributes.tag !== TAG.context0) return null;
  if (signature.tag !== TAG.octetString) return null;
  const signed = readAttributes(der, attributes);
  if (!signed) return null;
  const signedAttributes = Uint8Array.from(slice(der, attributes));
  signedAttributes[0] = TAG.set;
  return {
    digestOid,
    signatureOid,
    sidIssuer: slice(der, sidFields[0]!),
    sidSerial: slice(der, sidFields[1]!),
    signedAttributes,
    messageDigest: signed.messageDigest,
    signingTime: signed.signingTime,
    signature: contents(der, signature),
  };
}

const isInteger = (element: Tlv) => element.tag === TAG.integer && element.end > element.body;

/** An AlgorithmIdentifier's OID, its parameters absent or NULL; null otherwise. */
function algorithmOf(der: Uint8Array, element: Tlv): string | null {
  if (element.tag !== TAG.sequence) return null;
  const parts = childrenOf(der, element);
  if (!parts || parts.length < 1 || parts.length > 2) return null;
  const parameters = parts[1];
  if (parameters && (parameters.tag !== TAG.null || parameters.end !== parameters.body)) return null;
  return oidOf(der, parts[0]!);
}

function readAttributes(der: Uint8Array, attributes: Tlv) {
  const seen = new Map<string, Tlv>();
  for (const attribute of childrenOf(der, attributes) ?? [null]) {
    if (!attribute || attribute.tag !== TAG.sequence) return null;
    const [type, values, ...rest] = childrenOf(der, attribute) ?? [];
    const oid = type ? oidOf(der, type) : null;
    if (!oid || !values || values.tag !== TAG.set || rest.length) return null;
    const list = childrenOf(der, values);
    // Only these three, each once, with exactly one value.
    if (oid !== CONTENT_TYPE && oid !== MESSAGE_DIGEST && oid !== SIGNING_TIME) return null;
    if (!list || seen.has(oid) || list.length !== 1) return null;
    seen.set(oid, list[0]!);
  }
  const type = seen.get(CONTENT_TYPE);
  const digest = seen.get(MESSAGE_DIGEST);
  if (!type || !oidOf(der, type) || !digest || digest.tag !== TAG.octetString) return null;
  const time = seen.get(SIGNING_TIME);
  const signingTime = time ? timeOf(der, time) : null;
  if (time && !signingTime) return null;
  return { messageDigest: contents(der, digest), signingTime };
}

/** UTCTime YYMMDDHHMMSSZ or GeneralizedTime YYYYMMDDHHMMSSZ, read the way asn1js reads them. */
function timeOf(der: Uint8Array, element: Tlv): Date | null {
  const text = Buffer.from(contents(der, element)).toString("latin1");
  const utc = element.tag === TAG.utcTime && /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  const general =
    element.tag === TAG.generalizedTime && /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  const match = utc || general;
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number) as number[] as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const fullYear = utc ? (year >= 50 ? 1900 + year : 2000 + year) : year;
  return new Date(Date.UTC(fullYear, month - 1, day, hour, minute, second));
}
