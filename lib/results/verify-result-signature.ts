import type { Db } from "@/lib/db/connect";
import { ensureAuthority } from "@/lib/eds/authority";
import { OID, x509 } from "@/lib/eds/algorithms";
import { isCertificateRevoked } from "@/lib/eds/revocation";
import { verifyCms, type VerificationResult } from "@/lib/eds/verify-cms";

/**
 * The six checks of eds.md over a result document's bytes, plus the provider's own: the staff
 * certificate names the provider's BIN (OU=BIN<12 digits>). expectedIin null re-verifies for anyone.
 */
export async function verifyProviderSignature(
  db: Db,
  input: { cms: string; content: string; expectedIin: string | null; providerBin: string; now?: Date },
): Promise<VerificationResult | { ok: false; code: "eds_not_provider_key" }> {
  const authority = await ensureAuthority(db);
  const verified = await verifyCms({
    cms: input.cms,
    content: new TextEncoder().encode(input.content),
    purpose: "sign",
    expectedIin: input.expectedIin,
    issuing: authority.issuing,
    root: authority.root,
    isRevoked: (serial) => isCertificateRevoked(db, serial),
    now: input.now,
  });
  if (!verified.ok) return verified;
  const certificate = new x509.X509Certificate(verified.certificatePem);
  const unit = certificate.subjectName.getField(OID.organizationalUnit)[0];
  if (unit !== `BIN${input.providerBin}`) return { ok: false, code: "eds_not_provider_key" };
  return verified;
}
