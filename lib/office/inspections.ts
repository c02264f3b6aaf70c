import { createHash } from "node:crypto";
import { and, eq, isNotNull } from "drizzle-orm";
import { z } from "zod";
import type { BlobStorage } from "@/lib/attachments/blob-storage";
import { MAX_ATTACHMENT_BYTES, sniffMediaType } from "@/lib/attachments/inspect";
import { safeFileName } from "@/lib/attachments/safe-file-name";
import { fromAlmaty, toAlmaty } from "@/lib/calendar";
import type { Db } from "@/lib/db/connect";
import { applicationEvents, applications, attachments, housingInspections } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import { safeText } from "@/lib/forms/safe-text";
import { parseId } from "@/lib/ids";
import { notifyApplicant } from "@/lib/notifications/cabinet";
import { storedService } from "@/lib/services/registry";
import type { StaffUser } from "@/lib/auth/staff-auth";

/** The history notes of an inspection (request.inspection.events.<note> in messages). */
export const inspectionNotes = ["inspectionScheduled", "inspectionRecorded"] as const;
export type InspectionNote = (typeof inspectionNotes)[number];

export const scheduleInspectionSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "field.date"),
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "field.time"),
  inspector: safeText(200, { trim: true }).min(1, "field.required"),
});

export const recordInspectionSchema = z.object({
  findings: safeText(4000, { trim: true }).min(1, "field.required"),
});

type Request = typeof applications.$inferSelect;

/** The request's housing inspection, or null. */
export async function findInspection(db: Db, applicationId: string) {
  const [row] = await db
    .select()
    .from(housingInspections)
    .where(eq(housingInspections.applicationId, applicationId));
  return row ?? null;
}

/**
 * The result cannot be prepared without the recorded act of inspection of housing and living conditions
 * (seed 003 §5.3: the executor draws up the act, then the draft result). A 409 with its own code.
 */
export async function requireInspectionAct(db: Db, applicationId: string) {
  const [row] = await db
    .select({ id: housingInspections.applicationId })
    .from(housingInspections)
    .where(
      and(eq(housingInspections.applicationId, applicationId), isNotNull(housingInspections.actAttachmentId)),
    );
  if (!row) throw new AppError("inspection_required");
}

/** The request, when this staff member is its executor and it is under review, for a service that inspects. */
async function executorsRequest(db: Db, staff: StaffUser, applicationId: string): Promise<Request> {
  if (!parseId(applicationId)) throw new AppError("not_found");
  const [request] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.id, applicationId), eq(applications.providerId, staff.providerId)));
  if (!request) throw new AppError("not_found");
  if (staff.role !== "executor" || request.executorId !== staff.id) throw new AppError("forbidden");
  if (!storedService(request.serviceId).requiresHousingInspection) throw new AppError("conflict");
  if (!["in_review", "extended"].includes(request.status) || request.prepared) throw new AppError("conflict");
  return request;
}

async function historyAndNotice(
  tx: Db,
  request: Request,
  note: InspectionNote,
  values: { at: Date; inspector: string; now: Date },
) {
  await tx.insert(applicationEvents).values({
    id: crypto.randomUUID(),
    applicationId: request.id,
    at: values.now,
    status: request.status,
    actor: "staff:executor",
    note,
  });
  await notifyApplicant(tx, {
    userId: request.userId,
    applicationId: request.id,
    kind: note,
    values: {
      service: storedService(request.serviceId).messageKey,
      number: request.number ?? "",
      dueAt: values.at,
      employee: values.inspector,
    },
  });
}

/**
 * The executor sets (or moves) the date and time of the inspection and who inspects (seed 003 §5.3), in
 * one transaction with the history event and the applicant's notification. Not after the act is recorded.
 */
export async function scheduleInspection(options: {
  db: Db;
  staff: StaffUser;
  applicationId: string;
  input: unknown;
  now?: Date;
}) {
  const now = options.now ?? new Date();
  const parsed = scheduleInspectionSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const { date, time, inspector } = parsed.data;
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  if (Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || toAlmaty(new Date(`${date}T12:00:00Z`)).date !== date)
    throw new AppError("validation", { date: "field.date" });
  const scheduledAt = fromAlmaty(date, hours * 60 + minutes);
  if (scheduledAt < now) throw new AppError("validation", { date: "field.datePast" });
  const request = await executorsRequest(options.db, options.staff, options.applicationId);
  return options.db.transaction(async (tx) => {
    const db = tx as unknown as Db;
    const existing = await findInspection(db, request.id);
    if (existing?.recordedAt) throw new AppError("conflict");
    const values = { scheduledAt, inspector, scheduledBy: options.staff.id, updatedAt: now };
    const [row] = await tx
      .insert(housingInspections)
      .values({ applicationId: request.id, ...values, createdAt: now })
      .onConflictDoUpdate({ target: housingInspections.applicationId, set: values })
      .returning();
    await historyAndNotice(db, request, "inspectionScheduled", { at: scheduledAt, inspector, now });
    return row!;
  });
}

/**
 * The executor records the findings and the scan of the signed act (PDF, JPEG or PNG, judged by its
 * content; one of the request's documents). Once only; the result can be prepared after it.
 */
export async function recordInspectionAct(options: {
  db: Db;
  staff: StaffUser;
  storage: BlobStorage;
  applicationId: string;
  input: unknown;
  file: { bytes: Uint8Array; name: string } | null;
  now?: Date;
}) {
  const now = options.now ?? new Date();
  const parsed = recordInspectionSchema.safeParse(options.input);
  const errors = parsed.success ? {} : fieldErrors(parsed.error);
  const bytes = options.file?.bytes;
  if (!bytes || bytes.length === 0) errors.act = "field.required";
  else if (bytes.length > MAX_ATTACHMENT_BYTES) errors.act = "file.tooLarge";
  else if (!sniffMediaType(bytes)) errors.act = "file.type";
  if (!parsed.success || Object.keys(errors).length) throw new AppError("validation", errors);
  const request = await executorsRequest(options.db, options.staff, options.applicationId);
  const scheduled = await findInspection(options.db, request.id);
  if (!scheduled || scheduled.recordedAt) throw new AppError("conflict");
  const mediaType = sniffMediaType(bytes!)!;
  const id = crypto.randomUUID();
  await options.storage.put(id, bytes!);
  try {
    return await options.db.transaction(async (tx) => {
      const db = tx as unknown as Db;
      await tx.insert(attachments).values({
        id,
        userId: request.userId,
        applicationId: request.id,
        documentType: "housingInspectionAct",
        name: safeFileName(options.file!.name, mediaType),
        size: bytes!.length,
        mediaType,
        sha256: createHash("sha256").update(bytes!).digest("hex"),
        storageKey: id,
        createdAt: now,
      });
      const [row] = await tx
        .update(housingInspections)
        .set({ findings: parsed.data!.findings, actAttachmentId: id, recordedAt: now, updatedAt: now })
        .where(
          and(
            eq(housingInspections.applicationId, request.id),
            eq(housingInspections.updatedAt, scheduled.updatedAt),
          ),
        )
        .returning();
      if (!row) throw new AppError("conflict");
      await historyAndNotice(db, request, "inspectionRecorded", {
        at: scheduled.scheduledAt,
        inspector: scheduled.inspector,
        now,
      });
      return row;
    });
  } catch (error) {
    await options.storage.delete(id);
    throw error;
  }
}

/** The inspection of the applicant's own request as the cabinet shows it (null for anyone else's). */
export async function findOwnInspection(db: Db, userId: string, applicationId: string) {
  if (!parseId(applicationId)) return null;
  const [row] = await db
    .select({
      scheduledAt: housingInspections.scheduledAt,
      inspector: housingInspections.inspector,
      recordedAt: housingInspections.recordedAt,
    })
    .from(housingInspections)
    .innerJoin(applications, eq(applications.id, housingInspections.applicationId))
    .where(and(eq(housingInspections.applicationId, applicationId), eq(applications.userId, userId)));
  return row ?? null;
}
