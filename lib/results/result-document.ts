import { createHash, randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import { toAlmaty } from "@/lib/calendar";
import type { Db } from "@/lib/db/connect";
import { applications, providers, resultDocuments, users, type ResultKind } from "@/lib/db/schema";
import { canonicalJson } from "@/lib/eds/canonical-json";
import { createRegistries } from "@/lib/registries";
import { storedService } from "@/lib/services/registry";
import { signedAnswers } from "./signed-answers";

type Request = typeof applications.$inferSelect;

/** A public number that cannot be guessed from another one (the verify page is open to anyone). */
export function resultNumber(now: Date): string {
  const digits = `${String(randomInt(0, 1e9)).padStart(9, "0")}${randomInt(0, 10)}`;
  return `R-${toAlmaty(now).date.replaceAll("-", "")}-${digits}`;
}

/**
 * The executor's prepared answer, fixed as canonical JSON: the exact bytes the head signs. Written in
 * the transaction of the "prepare" action; preparing again replaces the unsigned draft.
 */
export async function prepareResultDocument(
  tx: Db,
  input: {
    request: Request;
    /** "possible" and "impossible" are a conclusion's outcomes: results, not refusals (003 §3). */
    outcome: "result" | "refusal" | "possible" | "impossible";
    grounds: readonly string[];
    explanation: string;
    /** When the certificate will be issued, for a notice of the issue date (002 §3). */
    issueAt: Date | null;
    now: Date;
  },
) {
  const { request, now } = input;
  const [provider] = await tx
    .select()
    .from(providers)
    .where(eq(providers.id, request.providerId ?? ""));
  const [owner] = await tx.select({ iin: users.iin }).from(users).where(eq(users.id, request.userId));
  const person = owner ? await createRegistries(tx).individuals.findByIin(owner.iin) : null;
  const kind: ResultKind =
    input.outcome === "refusal" ? "refusal" : storedService(request.serviceId).resultKind;
  const number = resultNumber(now);
  const content = canonicalJson({
    document: { kind, number, preparedAt: now.toISOString() },
    request: {
      number: request.number,
      serviceId: request.serviceId,
      submittedAt: request.submittedAt?.toISOString() ?? null,
    },
    provider: {
      id: provider?.id ?? "",
      name: provider?.name ?? "",
      bin: provider?.bin ?? "",
      address: provider?.address ?? "",
      // Where and when to collect the paper result (002 §3, 003 §3): the office's hours and phone.
      hours: provider?.hours ?? null,
      phone: provider?.phone ?? null,
    },
    applicant: {
      iin: owner?.iin ?? "",
      name: person ? [person.surname, person.givenName, person.patronymic].filter(Boolean).join(" ") : "",
    },
    decision: decisionContent(input, {
      name: provider?.name ?? "",
      address: provider?.address ?? "",
    }),
  });
  const values = {
    number,
    kind,
    content,
    contentSha256: createHash("sha256").update(content).digest("hex"),
    preparedAt: now,
    signatureCms: null,
    signerSerial: null,
    signerSubject: null,
    signingTime: null,
  };
  await tx
    .insert(resultDocuments)
    .values({
      id: crypto.randomUUID(),
      applicationId: request.id,
      providerId: request.providerId ?? "",
      ...values,
    })
    .onConflictDoUpdate({ target: resultDocuments.applicationId, set: values });
}

/**
 * What was decided, as signed: a refusal's grounds and explanation; a result's answers — only those
 * the applicant signed (signedAnswers) — and the place to collect it (the foster-care notice names the
 * address to come to, 003 §3); the issue time (002 §3); a conclusion's outcome with, when impossible,
 * its grounds and explanation (003 §3, second regulation).
 */
function decisionContent(
  input: Parameters<typeof prepareResultDocument>[1],
  place: { name: string; address: string },
) {
  if (input.outcome === "refusal")
    return { outcome: "refusal", grounds: [...input.grounds], explanation: input.explanation };
  const answers = signedAnswers(input.request);
  const issue = input.issueAt ? { issueAt: input.issueAt.toISOString() } : {};
  if (input.outcome === "impossible")
    return {
      outcome: "impossible",
      grounds: [...input.grounds],
      explanation: input.explanation,
      answers,
      place,
    };
  return { outcome: input.outcome, answers, ...issue, place };
}

export async function findResultDocument(db: Db, applicationId: string) {
  const [row] = await db
    .select()
    .from(resultDocuments)
    .where(eq(resultDocuments.applicationId, applicationId));
  return row ?? null;
}
