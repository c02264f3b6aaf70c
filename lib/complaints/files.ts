import { createHash } from "node:crypto";
import { and, eq, inArray, isNull, notExists } from "drizzle-orm";
import type { BlobStorage } from "@/lib/attachments/blob-storage";
import { MAX_ATTACHMENT_BYTES, sniffMediaType } from "@/lib/attachments/inspect";
import { safeFileName } from "@/lib/attachments/safe-file-name";
import type { Db } from "@/lib/db/connect";
import { attachments, complaintAttachments } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";

export const MAX_COMPLAINT_FILES = 5;

/**
 * Files posted with the complaint form: each judged by its content (PDF, JPEG, PNG; 10 MB in all),
 * stored in blob storage and recorded for the applicant; their ids are linked to the complaint.
 */
export async function storeComplaintFiles(options: {
  db: Db;
  storage: BlobStorage;
  userId: string;
  files: File[];
}): Promise<string[]> {
  if (options.files.length > MAX_COMPLAINT_FILES)
    throw new AppError("validation", { files: "complaint.tooManyFiles" });
  let total = 0;
  const checked = [];
  for (const file of options.files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    total += bytes.length;
    if (total > MAX_ATTACHMENT_BYTES) throw new AppError("payload_too_large", { files: "file.tooLarge" });
    const mediaType = sniffMediaType(bytes);
    if (!mediaType) throw new AppError("unsupported_media_type", { files: "file.type" });
    const id = crypto.randomUUID();
    checked.push({
      id,
      bytes,
      record: {
        id,
        userId: options.userId,
        applicationId: null,
        documentType: "complaint",
        name: safeFileName(file.name, mediaType),
        size: bytes.length,
        mediaType,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        storageKey: id,
      },
    });
  }
  for (const file of checked) await options.storage.put(file.id, file.bytes);
  if (checked.length) await options.db.insert(attachments).values(checked.map((file) => file.record));
  return checked.map((file) => file.id);
}

/**
 * The applicant's own uploads that may join a complaint: theirs, not part of a request, not already
 * attached to another complaint. Any other id is a validation error at `attachmentIds`.
 */
export async function usableUploads(db: Db, userId: string, ids: string[]) {
  if (ids.length === 0) return [];
  if (ids.length > MAX_COMPLAINT_FILES)
    throw new AppError("validation", { attachmentIds: "complaint.tooManyFiles" });
  const rows = await db
    .select({ id: attachments.id })
    .from(attachments)
    .where(
      and(
        inArray(attachments.id, ids),
        eq(attachments.userId, userId),
        isNull(attachments.applicationId),
        notExists(
          db
            .select({ id: complaintAttachments.attachmentId })
            .from(complaintAttachments)
            .where(eq(complaintAttachments.attachmentId, attachments.id)),
        ),
      ),
    );
  if (rows.length !== new Set(ids).size)
    throw new AppError("validation", { attachmentIds: "complaint.unknownFile" });
  return rows.map((row) => row.id);
}

/** A complaint's files (name, size, type, hash), in a stable order. */
export async function listComplaintFiles(db: Db, complaintId: string) {
  return db
    .select({
      id: attachments.id,
      name: attachments.name,
      size: attachments.size,
      mediaType: attachments.mediaType,
      sha256: attachments.sha256,
    })
    .from(complaintAttachments)
    .innerJoin(attachments, eq(attachments.id, complaintAttachments.attachmentId))
    .where(eq(complaintAttachments.complaintId, complaintId))
    .orderBy(attachments.sha256);
}
