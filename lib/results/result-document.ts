import { createHash, randomInt } from "node:crypto";
import { eq } from "drizzle-orm";
import { toAlmaty } from "@/lib/calendar";
import type { Db } from "@/lib/db/connect";
import { applications, providers, resultDocuments, users, type ResultKind } from "@/lib/db/schema";
import { canonicalJson } from "@/lib/eds/canonical-json";
import { createRegistries } from "@/lib/registries";
import { storedService } from "@/lib/services/registry";

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
  input: { request: Request; outcome: "result" | "refusal"; reason: string; now: Date },
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
    decision:
      input.outcome === "refusal"
        ? { outcome: "refusal", reason: input.reason }
        : { outcome: "result", answers: request.data },
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

export async function findResultDocument(db: Db, applicationId: string) {
  const [row] = await db
    .select()
    .from(resultDocuments)
    .where(eq(resultDocuments.applicationId, applicationId));
  return row ?? null;
}
