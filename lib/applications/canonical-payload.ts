/** JSON with object keys sorted at every level: the same bytes on the browser and the server. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

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
