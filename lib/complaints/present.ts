import { signerIdentity } from "@/lib/eds/signer-identity";
import type { Complaint } from "./applicant";

type Listed = Complaint & { requestNumber: string };

/** A complaint as the API shows it to its applicant (never the raw CMS or certificate subjects). */
export function complaintSummary(row: Listed) {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    subject: row.subject,
    applicationId: row.applicationId,
    requestNumber: row.requestNumber,
    submittedAt: row.submittedAt,
    dueAt: row.dueAt,
    answeredAt: row.answeredAt,
  };
}

/** The reply with who signed it (name and organisation from the certificate) and when; null before. */
export function complaintReply(row: Complaint) {
  if (row.status !== "answered" || !row.replyText) return null;
  const signer = signerIdentity(row.replySignerSubject);
  return {
    text: row.replyText,
    signedBy: signer.name,
    organisation: signer.organisation,
    signedAt: row.replySigningTime ?? row.answeredAt,
    signatureCms: row.replySignatureCms,
    content: row.replyContent,
  };
}

export function complaintDetail(
  row: Listed,
  files: Array<{ id: string; name: string; size: number; mediaType: string; sha256: string }>,
  events: Array<{ at: Date; status: string; actor: string }>,
) {
  return {
    ...complaintSummary(row),
    text: row.text,
    attachments: files,
    reply: complaintReply(row),
    history: events.map(({ at, status, actor }) => ({ at, status, actor: actor.replace(/^staff:/, "") })),
  };
}
