import { z } from "zod";

const decisionSchema = z.object({
  decision: z.object({
    outcome: z.string(),
    grounds: z.array(z.string()).optional(),
    explanation: z.string().optional(),
    issueAt: z.string().optional(),
    place: z.object({ name: z.string(), address: z.string() }).optional(),
  }),
});

export type SignedDecision = {
  outcome: string;
  grounds: string[];
  explanation: string;
  issueAt: Date | null;
  place: { name: string; address: string } | null;
};

/** The decision a result document's signed content carries (for the pages that show it). */
export function readDecision(content: string): SignedDecision | null {
  try {
    const parsed = decisionSchema.safeParse(JSON.parse(content));
    if (!parsed.success) return null;
    const { decision } = parsed.data;
    const issueAt = decision.issueAt ? new Date(decision.issueAt) : null;
    return {
      outcome: decision.outcome,
      grounds: decision.grounds ?? [],
      explanation: decision.explanation ?? "",
      issueAt: issueAt && !Number.isNaN(issueAt.getTime()) ? issueAt : null,
      place: decision.place ?? null,
    };
  } catch {
    return null;
  }
}
