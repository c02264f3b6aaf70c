import { canonicalJson } from "@/lib/eds/canonical-json";

type AttachmentFacts = {
  documentType: string;
  name: string;
  size: number;
  mediaType: string;
  sha256: string;
};

/** What the applicant signs: the service, the applicant, the answers, and each attachment's hash. */
export function buildSigningPayload(input: {
  applicationId: string;
  serviceId: string;
  iin: string;
  data: Record<string, string>;
  attachments: AttachmentFacts[];
}): string {
  const attachments = input.attachments
    .map(({ documentType, name, size, mediaType, sha256 }) => ({
      documentType,
      name,
      size,
      mediaType,
      sha256,
    }))
    .sort((a, b) => (a.documentType + a.sha256).localeCompare(b.documentType + b.sha256));
  return canonicalJson({
    applicationId: input.applicationId,
    serviceId: input.serviceId,
    applicant: { iin: input.iin },
    data: input.data,
    attachments,
  });
}
