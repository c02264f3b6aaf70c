import { and, asc, desc, eq, inArray, ne } from "drizzle-orm";
import type { StaffUser } from "@/lib/auth/staff-auth";
import type { Db } from "@/lib/db/connect";
import {
  applications,
  attachments,
  complaintAttachments,
  complaintEvents,
  complaints,
  providers,
} from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import { parseId } from "@/lib/ids";
import { notifyApplicant } from "@/lib/notifications/cabinet";
import { verifyProviderSignature } from "@/lib/results/verify-result-signature";
import { storedService } from "@/lib/services/registry";
import { replySigningPayload } from "./payload";
import { replyInputSchema } from "./schemas";

/** Complaints are answered by the provider's head (issue 12 point 7; seed 002 §11). */
function requireHead(staff: StaffUser) {
  if (staff.role !== "head") throw new AppError("forbidden");
}

/** The head's queue: the provider's open complaints, the earliest due first; then the answered ones. */
export async function complaintQueue(db: Db, staff: StaffUser, now = new Date()) {
  requireHead(staff);
  const select = {
    complaint: complaints,
    requestNumber: applications.number,
    serviceId: applications.serviceId,
  };
  const [open, answered] = await Promise.all([
    db
      .select(select)
      .from(complaints)
      .innerJoin(applications, eq(applications.id, complaints.applicationId))
      .where(
        and(
          eq(complaints.providerId, staff.providerId),
          inArray(complaints.status, ["submitted", "in_review"]),
        ),
      )
      .orderBy(asc(complaints.dueAt), asc(complaints.id))
      .limit(200),
    db
      .select(select)
      .from(complaints)
      .innerJoin(applications, eq(applications.id, complaints.applicationId))
      .where(and(eq(complaints.providerId, staff.providerId), eq(complaints.status, "answered")))
      .orderBy(desc(complaints.answeredAt))
      .limit(20),
  ]);
  const flat = (row: (typeof open)[number]) => ({
    ...row.complaint,
    requestNumber: row.requestNumber!,
    serviceId: row.serviceId,
    overdue: row.complaint.dueAt !== null && row.complaint.dueAt.getTime() < now.getTime(),
  });
  return { open: open.map(flat), answered: answered.map(flat) };
}

/** One filed complaint addressed to the head's provider; null for anything else. */
export async function providerComplaint(db: Db, staff: StaffUser, id: string) {
  if (staff.role !== "head" || !parseId(id)) return null;
  const [row] = await db
    .select({ complaint: complaints, requestNumber: applications.number, serviceId: applications.serviceId })
    .from(complaints)
    .innerJoin(applications, eq(applications.id, complaints.applicationId))
    .where(and(eq(complaints.id, id), eq(complaints.providerId, staff.providerId)));
  if (!row || row.complaint.status === "draft") return null;
  return { ...row.complaint, requestNumber: row.requestNumber!, serviceId: row.serviceId };
}

/** The head takes the complaint up: submitted → in_review, with its event (a repeat changes nothing). */
export async function startComplaintReview(options: { db: Db; staff: StaffUser; id: string; now?: Date }) {
  requireHead(options.staff);
  const now = options.now ?? new Date();
  const complaint = await providerComplaint(options.db, options.staff, options.id);
  if (!complaint) throw new AppError("not_found");
  if (complaint.status !== "submitted") return complaint;
  await options.db.transaction(async (tx) => {
    const [row] = await tx
      .update(complaints)
      .set({ status: "in_review", version: complaint.version + 1, updatedAt: now })
      .where(and(eq(complaints.id, complaint.id), eq(complaints.status, "submitted")))
      .returning({ id: complaints.id });
    if (!row) return;
    await tx.insert(complaintEvents).values({
      id: crypto.randomUUID(),
      complaintId: complaint.id,
      at: now,
      status: "in_review",
      actor: `staff:${options.staff.role}`,
    });
  });
  return (await providerComplaint(options.db, options.staff, options.id))!;
}

/** The exact bytes the head signs for this reply text. */
export async function complaintReplyPayload(db: Db, staff: StaffUser, id: string, input: unknown) {
  const parsed = replyInputSchema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const complaint = await providerComplaint(db, staff, id);
  if (!complaint) throw new AppError("not_found");
  const [provider] = await db.select().from(providers).where(eq(providers.id, complaint.providerId));
  return {
    complaint,
    text: parsed.data.reply,
    providerBin: provider?.bin ?? "",
    payload: replySigningPayload({
      complaintNumber: complaint.number!,
      requestNumber: complaint.requestNumber,
      providerId: complaint.providerId,
      providerBin: provider?.bin ?? "",
      text: parsed.data.reply,
    }),
  };
}

/**
 * The head's signed reply: verified (the head's own IIN, a staff key naming the provider's BIN, valid,
 * not revoked) over the payload recomputed from the text; then the status, event, notification and
 * outbox in one transaction. The same signed reply again answers the same; another one is a 409.
 */
export async function answerComplaint(options: {
  db: Db;
  staff: StaffUser;
  id: string;
  input: unknown;
  cms: unknown;
  now?: Date;
}) {
  const { db, staff } = options;
  requireHead(staff);
  const now = options.now ?? new Date();
  const { complaint, text, payload, providerBin } = await complaintReplyPayload(
    db,
    staff,
    options.id,
    options.input,
  );
  if (typeof options.cms !== "string" || options.cms.length === 0 || options.cms.length > 100_000)
    throw new AppError("validation", { cms: "codes.validation" });
  if (complaint.status === "answered") {
    if (complaint.replySignatureCms === options.cms) return complaint;
    throw new AppError("conflict");
  }
  const verified = await verifyProviderSignature(db, {
    cms: options.cms,
    content: payload,
    expectedIin: staff.iin ?? "",
    providerBin,
    now,
  });
  if (!verified.ok) throw new AppError(verified.code);
  const cms = options.cms;
  const done = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(complaints)
      .set({
        status: "answered",
        replyText: text,
        replyContent: payload,
        replySignatureCms: cms,
        replySignerSerial: verified.serial,
        replySignerSubject: verified.subject,
        replySigningTime: verified.signingTime,
        answeredAt: now,
        answeredBy: staff.id,
        version: complaint.version + 1,
        updatedAt: now,
      })
      .where(and(eq(complaints.id, complaint.id), inArray(complaints.status, ["submitted", "in_review"])))
      .returning({ id: complaints.id });
    if (!row) return false;
    await tx.insert(complaintEvents).values({
      id: crypto.randomUUID(),
      complaintId: complaint.id,
      at: now,
      status: "answered",
      actor: `staff:${staff.role}`,
    });
    await notifyApplicant(tx as unknown as Db, {
      userId: complaint.userId,
      applicationId: complaint.applicationId,
      kind: "complaintAnswered",
      values: {
        service: storedService(complaint.serviceId).messageKey,
        number: complaint.number!,
        request: complaint.requestNumber,
      },
    });
    return true;
  });
  if (!done) throw new AppError("conflict");
  return (await providerComplaint(db, staff, complaint.id))!;
}

/** A file of a filed complaint addressed to the head's provider (to download); null otherwise. */
export async function providerComplaintFile(db: Db, staff: StaffUser, attachmentId: string) {
  if (staff.role !== "head" || !parseId(attachmentId)) return null;
  const [row] = await db
    .select({ attachment: attachments })
    .from(complaintAttachments)
    .innerJoin(attachments, eq(attachments.id, complaintAttachments.attachmentId))
    .innerJoin(complaints, eq(complaints.id, complaintAttachments.complaintId))
    .where(
      and(
        eq(complaintAttachments.attachmentId, attachmentId),
        eq(complaints.providerId, staff.providerId),
        ne(complaints.status, "draft"),
      ),
    );
  return row?.attachment ?? null;
}
