import { canonicalJson } from "@/lib/eds/canonical-json";
import type { ComplaintSubject } from "@/lib/db/schema";

type AttachmentFacts = { name: string; size: number; mediaType: string; sha256: string };

/**
 * What the applicant signs: the request's number, the subject and text, the applicant's IIN and each
 * attachment's hash, as canonical JSON (sorted keys; attachments by hash). No server-made id is in it,
 * so an API client builds the same bytes from what it sends.
 */
export function complaintSigningPayload(input: {
  requestNumber: string;
  subject: ComplaintSubject;
  text: string;
  iin: string;
  attachments: AttachmentFacts[];
}): string {
  const attachments = input.attachments
    .map(({ name, size, mediaType, sha256 }) => ({ name, size, mediaType, sha256 }))
    .sort((a, b) => (a.sha256 + a.name).localeCompare(b.sha256 + b.name));
  return canonicalJson({
    complaint: { requestNumber: input.requestNumber, subject: input.subject, text: input.text },
    applicant: { iin: input.iin },
    attachments,
  });
}

/** What the head signs: the complaint and request numbers, the provider, and the reply's text. */
export function replySigningPayload(input: {
  complaintNumber: string;
  requestNumber: string;
  providerId: string;
  providerBin: string;
  text: string;
}): string {
  return canonicalJson({
    reply: {
      complaintNumber: input.complaintNumber,
      requestNumber: input.requestNumber,
      text: input.text,
    },
    provider: { id: input.providerId, bin: input.providerBin },
  });
}
