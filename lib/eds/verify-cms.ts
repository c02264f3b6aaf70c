import * as asn1js from "asn1js";
import * as pkijs from "pkijs";
import { OID, webcrypto, x509 } from "./algorithms";
import { allowedCertificate, allowedSignerAlgorithms } from "./allowed-algorithms";

pkijs.setEngine("node", new pkijs.CryptoEngine({ name: "node", crypto: webcrypto as unknown as Crypto }));

export type EdsErrorCode =
  | "eds_signature_invalid"
  | "eds_weak_algorithm"
  | "eds_untrusted_issuer"
  | "eds_expired"
  | "eds_revoked"
  | "eds_not_signing_key"
  | "eds_not_auth_key"
  | "eds_iin_mismatch";

export type VerifiedSignature = {
  ok: true;
  iin: string;
  serial: string;
  subject: string;
  signingTime: Date;
  certificatePem: string;
};
export type VerificationResult = VerifiedSignature | { ok: false; code: EdsErrorCode };

export type VerifyOptions = {
  cms: string;
  content: Uint8Array;
  purpose: "sign" | "auth";
  expectedIin: string | null;
  issuing: x509.X509Certificate;
  root: x509.X509Certificate;
  isRevoked: (serial: string) => Promise<boolean>;
  now?: Date;
};

const SIGNING_TIME = "1.2.840.113549.1.9.5";

/**
 * The six checks of eds.md, in order, each with its own refusal:
 * signature over exactly these bytes (with allowed algorithms only, else eds_weak_algorithm); chain to
 * our CA; validity; CRL; key usage; the holder's IIN.
 */
export async function verifyCms(options: VerifyOptions): Promise<VerificationResult> {
  const now = options.now ?? new Date();
  const parsed = await checkSignature(options.cms, options.content);
  if (!parsed) return { ok: false, code: "eds_signature_invalid" };
  if (parsed === "weak") return { ok: false, code: "eds_weak_algorithm" };
  const certificate = new x509.X509Certificate(parsed.certificateDer);
  if (!allowedCertificate(certificate, parsed.keyKind)) return { ok: false, code: "eds_weak_algorithm" };

  const chainsToUs =
    certificate.issuer === options.issuing.subject &&
    (await certificate.verify({ publicKey: options.issuing.publicKey, signatureOnly: true })) &&
    (await options.issuing.verify({ publicKey: options.root.publicKey, signatureOnly: true }));
  if (!chainsToUs) return { ok: false, code: "eds_untrusted_issuer" };

  const within = (date: Date) => date >= certificate.notBefore && date <= certificate.notAfter;
  if (!within(parsed.signingTime) || !within(now)) return { ok: false, code: "eds_expired" };

  if (await options.isRevoked(certificate.serialNumber)) return { ok: false, code: "eds_revoked" };

  const usage = certificate.getExtension(x509.KeyUsagesExtension)?.usages ?? 0;
  const has = (flag: number) => (usage & flag) === flag;
  const ekus = (certificate.getExtension(x509.ExtendedKeyUsageExtension)?.usages ?? []).map(String);
  if (
    options.purpose === "sign" &&
    !has(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation)
  ) {
    return { ok: false, code: "eds_not_signing_key" };
  }
  if (
    options.purpose === "auth" &&
    (!has(x509.KeyUsageFlags.digitalSignature) || !ekus.includes(OID.clientAuth))
  ) {
    return { ok: false, code: "eds_not_auth_key" };
  }

  const serialNumber = certificate.subjectName.getField(OID.serialNumber)[0] ?? "";
  const iin = serialNumber.startsWith("IIN") ? serialNumber.slice(3) : "";
  if (!/^[0-9]{12}$/.test(iin) || (options.expectedIin !== null && iin !== options.expectedIin)) {
    return { ok: false, code: "eds_iin_mismatch" };
  }
  return {
    ok: true,
    iin,
    serial: certificate.serialNumber,
    subject: certificate.subject,
    signingTime: parsed.signingTime,
    certificatePem: certificate.toString("pem"),
  };
}

/**
 * Parses the CMS and checks the signature over the content; null when anything is wrong, "weak" when
 * the signer's digest or signature algorithm is not on the allow-list (checked before verifying).
 */
async function checkSignature(cmsBase64: string, content: Uint8Array) {
  try {
    const der = Buffer.from(cmsBase64, "base64");
    if (der.length === 0 || der.length > 64 * 1024) return null;
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
