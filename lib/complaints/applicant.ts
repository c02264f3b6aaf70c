import { and, asc, desc, eq, ne } from "drizzle-orm";
import type { BlobStorage } from "@/lib/attachments/blob-storage";
import type { Db } from "@/lib/db/connect";
import { applications, complaintAttachments, complaintEvents, complaints } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import { parseId } from "@/lib/ids";
import { listComplaintFiles, storeComplaintFiles, usableUploads } from "./files";
import { complaintSigningPayload } from "./payload";
import { complaintInputSchema } from "./schemas";

export type Complaint = typeof complaints.$inferSelect;

/** The applicant's own submitted request (a draft has nothing to complain about); null otherwise. */
export async function complainableRequest(db: Db, userId: string, applicationId: string) {
  if (!parseId(applicationId)) return null;
  const [row] = await db
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.id, applicationId),
        eq(applications.userId, userId),
        ne(applications.status, "draft"),
      ),
    );
  return row?.number && row.providerId ? row : null;
}

/**
 * Writes the complaint as a draft (subject, text, files) for the applicant to read and sign. Files come
 * from the form (`files`) or, through the API, as ids of earlier uploads (`attachmentIds`).
 */
export async function draftComplaint(options: {
  db: Db;
  storage?: BlobStorage;
  userId: string;
  applicationId: string;
  input: unknown;
  files?: File[];
  attachmentIds?: string[];
}) {
  const { db } = options;
  const parsed = complaintInputSchema.safeParse(options.input);
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const request = await complainableRequest(db, options.userId, options.applicationId);
  if (!request) throw new AppError("not_found");
  const uploads = await usableUploads(db, options.userId, options.attachmentIds ?? []);
  const stored =
    options.storage && options.files?.length
      ? await storeComplaintFiles({
          db,
          storage: options.storage,
          userId: options.userId,
          files: options.files,
        })
      : [];
  const id = crypto.randomUUID();
  await db.transaction(async (tx) => {
    await tx.insert(complaints).values({
      id,
      userId: options.userId,
      applicationId: request.id,
      providerId: request.providerId!,
      subject: parsed.data.subject,
      text: parsed.data.text,
    });
    const linked = [...uploads, ...stored];
    if (linked.length)
      await tx
        .insert(complaintAttachments)
        .values(linked.map((attachmentId) => ({ complaintId: id, attachmentId })));
  });
  return id;
}

/** One of the applicant's complaints with the request's number; anyone else's is null. */
export async function getOwnComplaint(db: Db, userId: string, id: string) {
  if (!parseId(id)) return null;
  const [row] = await db
    .select({ complaint: complaints, requestNumber: applications.number, serviceId: applications.serviceId })
    .from(complaints)
    .innerJoin(applications, eq(applications.id, complaints.applicationId))
    .where(and(eq(complaints.id, id), eq(complaints.userId, userId)));
  return row ? { ...row.complaint, requestNumber: row.requestNumber!, serviceId: row.serviceId } : null;
}

/** The applicant's complaints, newest first (drafts too). */
export async function listOwnComplaints(db: Db, userId: string, limit = 20, offset = 0) {
  const rows = await db
    .select({ complaint: complaints, requestNumber: applications.number, serviceId: applications.serviceId })
    .from(complaints)
    .innerJoin(applications, eq(applications.id, complaints.applicationId))
    .where(eq(complaints.userId, userId))
    .orderBy(desc(complaints.createdAt), desc(complaints.id))
    .limit(limit)
    .offset(offset);
  return rows.map((row) => ({
    ...row.complaint,
    requestNumber: row.requestNumber!,
    serviceId: row.serviceId,
  }));
}

/** A complaint's history, oldest first. */
export async function listComplaintEvents(db: Db, complaintId: string) {
  return db
    .select()
    .from(complaintEvents)
    .where(eq(complaintEvents.complaintId, complaintId))
    .orderBy(asc(complaintEvents.at), asc(complaintEvents.id));
}

/** The canonical text the applicant signs for this draft, recomputed the same way at filing. */
export async function complaintDraftPayload(db: Db, options: { userId: string; iin: string; id: string }) {
  const complaint = await getOwnComplaint(db, options.userId, options.id);
  if (!complaint) throw new AppError("not_found");
  const files = await listComplaintFiles(db, complaint.id);
  return {
    complaint,
    payload: complaintSigningPayload({
      requestNumber: complaint.requestNumber,
      subject: complaint.subject,
      text: complaint.text,
      iin: options.iin,
      attachments: files,
    }),
  };
}
