import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import type { BlobStorage } from "@/lib/attachments/blob-storage";
import type { Db } from "@/lib/db/connect";
import { complaintEvents, complaints } from "@/lib/db/schema";
import { ensureAuthority } from "@/lib/eds/authority";
import { isCertificateRevoked } from "@/lib/eds/revocation";
import { verifyCms } from "@/lib/eds/verify-cms";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import { notifyApplicant } from "@/lib/notifications/cabinet";
import { storedService } from "@/lib/services/registry";
import { complaintDraftPayload, draftComplaint, getOwnComplaint } from "./applicant";

type OwnComplaint = NonNullable<Awaited<ReturnType<typeof getOwnComplaint>>>;
import { complaintDueAt, complaintNumber } from "./rules";
import { fileComplaintSchema } from "./schemas";

const KEY = /^[A-Za-z0-9_-]{8,100}$/;

/**
 * Signs and files a draft complaint, once: the CMS is verified over the payload the server recomputes
 * (signer IIN = the applicant's, a valid, unrevoked SIGN certificate of the portal's authority); the
 * number, the due date (5 working days, seed 002 §11 with issue 12 point 7), the history event and the
 * applicant's notification land in one transaction. The same Idempotency-Key again gets the same answer.
 */
export async function submitComplaint(options: {
  db: Db;
  userId: string;
  iin: string;
  complaintId: string;
  cms: unknown;
  idempotencyKey: string;
  now?: Date;
}): Promise<OwnComplaint> {
  const { db } = options;
  const now = options.now ?? new Date();
  if (!KEY.test(options.idempotencyKey))
    throw new AppError("validation", { idempotencyKey: "codes.validation" });
  const { complaint, payload } = await complaintDraftPayload(db, {
    userId: options.userId,
    iin: options.iin,
    id: options.complaintId,
  });
  if (complaint.status !== "draft") {
    if (complaint.idempotencyKey === options.idempotencyKey) return complaint;
    throw new AppError("conflict");
  }
  if (typeof options.cms !== "string" || options.cms.length === 0 || options.cms.length > 100_000)
    throw new AppError("validation", { cms: "codes.validation" });
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
  const number = complaintNumber(now);
  const dueAt = complaintDueAt(now);
  const cms = options.cms;
  const row = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(complaints)
      .set({
        status: "submitted",
        number,
        submittedAt: now,
        dueAt,
        signatureCms: cms,
        signerSerial: verified.serial,
        signerSubject: verified.subject,
        signingTime: verified.signingTime,
        payloadSha256: createHash("sha256").update(payload).digest("hex"),
        idempotencyKey: options.idempotencyKey,
        version: complaint.version + 1,
        updatedAt: now,
      })
      .where(and(eq(complaints.id, complaint.id), eq(complaints.status, "draft")))
      .returning();
    if (!updated) return null;
    await tx.insert(complaintEvents).values({
      id: crypto.randomUUID(),
      complaintId: updated.id,
      at: now,
      status: "submitted",
      actor: "applicant",
    });
    await notifyApplicant(tx as unknown as Db, {
      userId: options.userId,
      applicationId: updated.applicationId,
      kind: "complaintFiled",
      values: {
        service: storedService(complaint.serviceId).messageKey,
        number,
        request: complaint.requestNumber,
        dueAt,
      },
    });
    return updated;
  });
  if (row) return { ...complaint, ...row };
  // Lost a race with a concurrent filing: the same key gets that answer, another key a conflict.
  const after = await getOwnComplaint(db, options.userId, complaint.id);
  if (after && after.idempotencyKey === options.idempotencyKey) return after;
  throw new AppError("conflict");
}

/**
 * The API's one step (POST /api/v1/complaints): the draft is written and filed with the CMS the client
 * made over `complaintSigningPayload`; nothing half-made stays when the signature is refused. A retry
 * with the same Idempotency-Key returns the complaint filed the first time.
 */
export async function fileComplaint(options: {
  db: Db;
  storage?: BlobStorage;
  userId: string;
  iin: string;
  body: unknown;
  idempotencyKey: string;
  now?: Date;
}): Promise<OwnComplaint> {
  const { db } = options;
  if (!KEY.test(options.idempotencyKey))
    throw new AppError("validation", { idempotencyKey: "codes.validation" });
  const [earlier] = await db
    .select({ id: complaints.id })
    .from(complaints)
    .where(and(eq(complaints.userId, options.userId), eq(complaints.idempotencyKey, options.idempotencyKey)));
  if (earlier) return (await getOwnComplaint(db, options.userId, earlier.id))!;
  const parsed = fileComplaintSchema.safeParse(options.body);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const id = await draftComplaint({
    db,
    userId: options.userId,
    applicationId: parsed.data.applicationId,
    input: parsed.data,
    attachmentIds: parsed.data.attachmentIds,
  });
  try {
    return await submitComplaint({
      db,
      userId: options.userId,
      iin: options.iin,
      complaintId: id,
      cms: parsed.data.cms,
      idempotencyKey: options.idempotencyKey,
      now: options.now,
    });
  } catch (error) {
    await db.delete(complaints).where(and(eq(complaints.id, id), eq(complaints.status, "draft")));
    throw error;
  }
}
