import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { providers, resultDocuments } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import type { StaffUser } from "@/lib/auth/staff-auth";
import { findResultDocument } from "./result-document";
import { verifyProviderSignature } from "./verify-result-signature";

/**
 * The head's signature over the prepared document: verified (the six checks, the head's own IIN,
 * the provider's BIN) before the transaction; returns the write to make inside it.
 */
export async function checkHeadSignature(
  db: Db,
  input: { staff: StaffUser; applicationId: string; providerId: string; cms: unknown; now: Date },
) {
  if (typeof input.cms !== "string" || input.cms.length === 0 || input.cms.length > 100_000)
    throw new AppError("validation", { cms: "codes.validation" });
  const document = await findResultDocument(db, input.applicationId);
  if (!document) throw new AppError("conflict");
  const [provider] = await db.select().from(providers).where(eq(providers.id, input.providerId));
  const verified = await verifyProviderSignature(db, {
    cms: input.cms,
    content: document.content,
    expectedIin: input.staff.iin ?? "",
    providerBin: provider?.bin ?? "",
    now: input.now,
  });
  if (!verified.ok) throw new AppError(verified.code);
  const cms = input.cms;
  return async (tx: Db) => {
    await tx
      .update(resultDocuments)
      .set({
        signatureCms: cms,
        signerSerial: verified.serial,
        signerSubject: verified.subject,
        signingTime: verified.signingTime,
      })
      .where(eq(resultDocuments.id, document.id));
  };
}
