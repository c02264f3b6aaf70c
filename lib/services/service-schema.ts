import { z } from "zod";
import { termConditions } from "./term-conditions";

const term = z.object({
  amount: z.number().int().positive(),
  unit: z.enum(["working_days", "calendar_days"]),
  countAcceptanceDay: z.boolean(),
});
const channel = z.enum(["portal", "provider-office", "home-visit"]);
const isoDate = z.iso.date();

/** GET /api/v1/services/{id}: the answer's shape (the OpenAPI document and the tests use it). */
export const serviceDetailSchema = z.object({
  id: z.string(),
  title: z.string().min(1),
  provider: z.object({ kind: z.enum(["civil-registry", "education-department"]), name: z.string() }),
  term,
  alternativeTerms: z.array(z.object({ condition: z.string(), term })),
  extension: term.nullable(),
  fee: z.union([
    z.object({ kind: z.literal("free") }),
    z.object({ kind: z.literal("state-duty"), mciShare: z.number().positive() }),
  ]),
  documents: z.array(
    z.object({
      id: z.string(),
      requirement: z.enum(["required", "optional", "conditional"]),
      channels: z.array(channel),
      title: z.string().min(1),
    }),
  ),
  documentsByChannel: z.partialRecord(channel, z.array(z.string())),
  result: z.string(),
  collectAt: z.string(),
  collection: z.object({ kind: z.enum(["provider-office", "notice-address"]) }),
  channels: z.array(channel).min(1),
  legalBasis: z.object({
    title: z.string().min(1),
    seed: z.string(),
    paragraph: z.string(),
    number: z.string(),
    adopted: isoDate,
    edition: isoDate,
    status: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("inForce") }),
      z.object({ kind: z.literal("unmarked") }),
      z.object({ kind: z.literal("repealed"), on: isoDate, by: z.string() }),
    ]),
  }),
  terms: z.object({
    main: term,
    alternatives: z.array(
      z.object({
        condition: z.enum(Object.keys(termConditions) as [string, ...string[]]),
        conditionText: z.string().min(1),
        term,
      }),
    ),
    extension: term.nullable(),
  }),
  form: z.object({
    steps: z.array(z.object({ id: z.string(), fields: z.array(z.string()) })),
    /** JSON Schema (draft 2020-12) of the answers, generated from the form's zod schema. */
    schema: z.looseObject({
      type: z.literal("object"),
      properties: z.record(z.string(), z.looseObject({})),
      required: z.array(z.string()),
    }),
  }),
  /** What the clerk (intake) or the executor (decision) may refuse on, translated, with its source. */
  refusalGrounds: z.array(
    z.object({
      id: z.string(),
      stage: z.enum(["intake", "decision"]),
      title: z.string(),
      source: z.string(),
    }),
  ),
});
