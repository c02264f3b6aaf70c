import { OID, x509 } from "./algorithms";
import { allowedCertificate } from "./allowed-algorithms";
import { signedBy } from "./certificate-cache";
import { checkSignature } from "./check-signature";

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
  const certificate =
    "certificate" in parsed ? parsed.certificate : new x509.X509Certificate(parsed.certificateDer);
  if (!allowedCertificate(certificate, parsed.keyKind)) return { ok: false, code: "eds_weak_algorithm" };

  // Signature checks of fixed bytes: each pair is verified once per process (certificate-cache.ts).
  const chainsToUs =
    certificate.issuer === options.issuing.subject &&
    (await signedBy(certificate, options.issuing)) &&
    (await signedBy(options.issuing, options.root));
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
