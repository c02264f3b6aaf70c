import { asc, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { applicationEvents, type applications } from "@/lib/db/schema";
import { signerIdentity } from "@/lib/eds/signer-identity";
import { findResultDocument } from "@/lib/results/result-document";
import { signedAnswers } from "@/lib/results/signed-answers";

type Row = typeof applications.$inferSelect;

/** A request as the JSON API shows it to its owner, with its signed result document once there is one. */
export async function presentApplication(db: Db, row: Row) {
  const [history, document] = await Promise.all([
    db
      .select()
      .from(applicationEvents)
      .where(eq(applicationEvents.applicationId, row.id))
      .orderBy(asc(applicationEvents.at)),
    findResultDocument(db, row.id),
  ]);
  const signed = document?.signatureCms ? document : null;
  return {
    id: row.id,
    number: row.number,
    serviceId: row.serviceId,
    status: row.status,
    // A submitted request is what the applicant signed; a draft shows its working answers.
    data: row.status === "draft" ? row.data : signedAnswers(row),
    submittedAt: row.submittedAt,
    registeredAt: row.registeredAt,
    dueAt: row.dueAt,
    extendedDueAt: row.extendedDueAt,
    extensionReason: row.extensionReason,
    refusalReason: row.refusalReason,
    decisionNote: row.decisionNote,
    refusalGrounds: row.refusalGrounds ?? [],
    history: history.map((event) => ({
      at: event.at,
      status: event.status,
      actor: event.actor.replace(/^staff:/, ""),
      note: event.note,
    })),
    result: signed
      ? {
          number: signed.number,
          kind: signed.kind,
          // The official's name and organisation from the certificate: never the raw subject (IIN).
          signer: signerIdentity(signed.signerSubject),
          signedAt: signed.signingTime,
          documentUrl: `/api/v1/applications/${row.id}/result`,
          signatureUrl: `/api/v1/applications/${row.id}/result/signature`,
          pdfUrl: `/api/v1/applications/${row.id}/result/pdf`,
          verifyUrl: `/api/v1/verify/${signed.number}`,
        }
      : null,
  };
}
