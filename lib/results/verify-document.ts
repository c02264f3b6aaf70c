import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/connect";
import { providers, resultDocuments } from "@/lib/db/schema";
import { signerIdentity } from "@/lib/eds/signer-identity";
import { verifyProviderSignature } from "./verify-result-signature";

export const documentNumberSchema = z.object({
  number: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^R-\d{8}-\d{10}$/, "verify.badNumber"),
});

export type DocumentCheck =
  | { found: false }
  | {
      found: true;
      number: string;
      kind: string;
      providerName: string;
      providerBin: string;
      /** The signing official's name and organisation from the certificate: no IIN, no raw subject. */
      signerName: string | null;
      organisation: string | null;
      signingTime: Date | null;
      sha256: string;
      outcome: "valid" | "unsigned" | string;
    };

/**
 * Re-checks a provider-signed document by its number, for anyone: the six EDS checks over the stored
 * bytes now, and the provider's BIN. Shows no personal data of the applicant, and of the signing
 * official only the name, the organisation and the signing time (never the IIN or the raw subject).
 */
export async function checkDocument(db: Db, number: string, now = new Date()): Promise<DocumentCheck> {
  const [row] = await db
    .select({ document: resultDocuments, provider: providers })
    .from(resultDocuments)
    .innerJoin(providers, eq(providers.id, resultDocuments.providerId))
    .where(eq(resultDocuments.number, number));
  if (!row) return { found: false };
  const { document, provider } = row;
  const base = {
    found: true as const,
    number: document.number,
    kind: document.kind,
    providerName: provider.name,
    providerBin: provider.bin,
    sha256: document.contentSha256,
    signerName: null,
    organisation: null,
    signingTime: null,
  };
  if (!document.signatureCms) return { ...base, outcome: "unsigned" };
  const verified = await verifyProviderSignature(db, {
    cms: document.signatureCms,
    content: document.content,
    expectedIin: null,
    providerBin: provider.bin,
    now,
  });
  if (!verified.ok) {
    const signer = signerIdentity(document.signerSubject);
    return {
      ...base,
      signerName: signer.name,
      organisation: signer.organisation,
      signingTime: document.signingTime,
      outcome: verified.code,
    };
  }
  const signer = signerIdentity(verified.subject);
  return {
    ...base,
    signerName: signer.name,
    organisation: signer.organisation,
    signingTime: verified.signingTime,
    outcome: "valid",
  };
}
