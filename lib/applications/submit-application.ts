import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { applicationEvents, applications } from "@/lib/db/schema";
import { ensureAuthority } from "@/lib/eds/authority";
import { isCertificateRevoked } from "@/lib/eds/revocation";
import { verifyCms } from "@/lib/eds/verify-cms";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import { notifyApplicant } from "@/lib/notifications/cabinet";
import { createRegistries } from "@/lib/registries";
import { requiredDocumentIds } from "@/lib/services/documents";
import { storedService } from "@/lib/services/registry";
import { stepSchema } from "@/lib/services/forms/build-schema";
import { requestNumber } from "@/lib/services/request-number";
import { resultDateFor } from "@/lib/services/result-date";
import { getOwnApplication, listDraftAttachments } from "./drafts";
import { formContextFrom, loadApplicantRecords } from "./form-context";
import { providerForPerson } from "@/lib/office/route-to-provider";
import { signingPayloadOf } from "./signing-payload";

type Submitted = typeof applications.$inferSelect;

export function submissionAnswer(row: Submitted) {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    submittedAt: row.submittedAt,
    registeredAt: row.registeredAt,
    dueAt: row.dueAt,
    refusalReason: row.refusalReason,
    receiptUrl: `/api/v1/applications/${row.id}/receipt`,
  };
}

/**
 * Sign and submit, once: the full answers and required documents are checked, the CMS is verified
 * over the payload the server recomputes, the civil registry is asked where the service needs an act
 * record (none → an immediate reasoned refusal), and registration and due dates are computed.
 * A retry with the same Idempotency-Key gets the same answer; a second submit otherwise is a 409.
 */
export async function submitApplication(options: {
  db: Db;
  userId: string;
  iin: string;
  applicationId: string;
  cms: unknown;
  idempotencyKey: string;
  /** The signed-in applicant's locale and phone, as the session read them (else read for the notice). */
  recipient?: { locale: string; phone: string | null };
  now?: Date;
}) {
  const { db } = options;
  const now = options.now ?? new Date();
  if (!/^[A-Za-z0-9_-]{8,100}$/.test(options.idempotencyKey))
    throw new AppError("validation", { idempotencyKey: "codes.validation" });
  const existing = await getOwnApplication(db, options.userId, options.applicationId);
  if (!existing) throw new AppError("not_found");
  if (existing.status !== "draft") {
    if (existing.idempotencyKey === options.idempotencyKey) return submissionAnswer(existing);
    throw new AppError("conflict");
  }
  if (typeof options.cms !== "string" || options.cms.length === 0 || options.cms.length > 100_000)
    throw new AppError("validation", { cms: "codes.validation" });
  const service = storedService(existing.serviceId);
  // Read once: the applicant's records serve the signed payload (as of the real time, as the
  // signing-payload endpoint computed it), the form's checks and the routing (as of `now`).
  const [records, files] = await Promise.all([
    loadApplicantRecords(db, options.iin),
    listDraftAttachments(db, existing.id),
  ]);
  const payload = signingPayloadOf(options.iin, existing, records, files);
  const context = formContextFrom(records, existing.data, now);
  const errors: Record<string, string> = {};
  for (const step of service.form.steps) {
    const parsed = stepSchema(step, { ...context, data: existing.data }).safeParse(existing.data);
    if (!parsed.success) Object.assign(errors, fieldErrors(parsed.error));
  }
  // The portal's set: the signed request itself is the application (seed 002 §4, 003 §4).
  for (const id of requiredDocumentIds(service, "portal")) {
    if (!files.some((file) => file.documentType === id)) errors[`document.${id}`] = "documents.missing";
  }
  if (Object.keys(errors).length) throw new AppError("validation", errors);

  const authority = await ensureAuthority(db);
  const verified = await verifyCms({
    cms: options.cms,
    content: new TextEncoder().encode(payload),
    purpose: "sign",
    expectedIin: options.iin,
    issuing: authority.issuing,
    root: authority.root,
    isRevoked: (serial) => isCertificateRevoked(db, serial),
    now,
  });
  if (!verified.ok) throw new AppError(verified.code);

  const refusal =
    service.requiresActRecord && !(await actRecordExists(db, options.iin, existing.data))
      ? "noActRecord"
      : null;
  const { registeredAt, term, dueAt } = resultDateFor(service, now, context.facts);
  const provider = await providerForPerson(db, service.provider, records.person);
  const number = requestNumber(service.id, now);
  const result = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(applications)
      .set({
        status: refusal ? "refused" : "submitted",
        number,
        submittedAt: now,
        registeredAt: refusal ? null : registeredAt,
        dueAt: refusal ? null : dueAt,
        refusalReason: refusal,
        // The portal's condition 3 (seed 002 §10, process 6): the same ground the office can name.
        refusalGrounds: refusal ? [refusal] : null,
        signatureCms: options.cms as string,
        signerSerial: verified.serial,
        signerSubject: verified.subject,
        signingTime: verified.signingTime,
        payloadSha256: createHash("sha256").update(payload).digest("hex"),
        // The request is what was signed: results and office views read its answers (seed 002 §10).
        signedPayload: payload,
        idempotencyKey: options.idempotencyKey,
        term,
        providerId: provider,
        updatedAt: now,
      })
      .where(and(eq(applications.id, existing.id), eq(applications.status, "draft")))
      .returning();
    if (!row) return null;
    await tx.insert(applicationEvents).values({
      id: crypto.randomUUID(),
      applicationId: row.id,
      at: now,
      status: row.status,
      actor: "applicant",
      note: refusal,
    });
    // The portal's own acceptance notice, at once (seed 004, portal diagram: within 5 minutes of
    // processing): the registration time and the result date by the rule; the clerk never moves them.
    await notifyApplicant(tx as unknown as Db, {
      userId: options.userId,
      applicationId: row.id,
      kind: refusal ? "refused" : "accepted",
      recipient: options.recipient,
      values: { service: service.messageKey, number, dueAt: row.dueAt, registeredAt: row.registeredAt },
    });
    return row;
  });
  if (result) return submissionAnswer(result);
  // Lost a race with a concurrent submit: the same key gets that answer, another key a conflict.
  const after = await getOwnApplication(db, options.userId, existing.id);
  if (after && after.idempotencyKey === options.idempotencyKey) return submissionAnswer(after);
  throw new AppError("conflict");
}

async function actRecordExists(db: Db, iin: string, data: Record<string, string>): Promise<boolean> {
  const civil = createRegistries(db).civilRegistry;
  // A correction is to a birth act record (seed 002 §3-4).
  if (data.actRecord && data.actRecord !== "notListed")
    return (await civil.findActsFor(iin, "birth")).some((act) => act.id === data.actRecord);
  if (data.actRecord === "notListed")
    return (await civil.findActsFor(iin, "birth")).some((act) => act.actNumber === data.actNumber);
  if (data.subjectIin && data.actKind) {
    const acts = await civil.findActsFor(data.subjectIin, data.actKind as "birth" | "marriage");
    return acts.some((act) => act.personIin === data.subjectIin || act.partnerIin === data.subjectIin);
  }
  return false;
}
