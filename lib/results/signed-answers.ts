import { z } from "zod";

const signedPayloadSchema = z.object({ data: z.record(z.string(), z.string()) });

/**
 * The answers the applicant signed: the `data` of the stored signed payload (the canonical JSON the
 * CMS covers), never the draft's stored answers, which may hold answers to questions no longer asked.
 * A request without a signed payload (entered by an operator at a home visit, or from before the
 * payload was kept) falls back to its stored answers.
 */
export function signedAnswers(request: {
  data: Record<string, string>;
  signedPayload: string | null;
}): Record<string, string> {
  if (!request.signedPayload) return request.data;
  try {
    const parsed = signedPayloadSchema.safeParse(JSON.parse(request.signedPayload));
    return parsed.success ? parsed.data.data : {};
  } catch {
    return {};
  }
}
