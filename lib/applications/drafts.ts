import { and, count, desc, eq, sql } from "drizzle-orm";
import type { BlobStorage } from "@/lib/attachments/blob-storage";
import type { Db } from "@/lib/db/connect";
import { applications, attachments } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/forms/field-errors";
import { isStorableText, UNSTORABLE_TEXT } from "@/lib/forms/safe-text";
import { findService, storedService } from "@/lib/services/registry";
import { loadFormContext } from "./form-context";
import { answersSchema, stringAnswers } from "./step-check";
import { parseId } from "@/lib/ids";

export async function createDraft(options: { db: Db; userId: string; serviceId: string }) {
  const service = findService(options.serviceId);
  if (!service) throw new AppError("not_found");
  const id = crypto.randomUUID();
  await options.db
    .insert(applications)
    .values({ id, userId: options.userId, serviceId: service.id, data: {} });
  return { id, status: "draft" as const };
}

/** The owner's request, or null: anybody else's does not exist for this caller. */
export async function getOwnApplication(db: Db, userId: string, id: string) {
  if (!parseId(id)) return null;
  const [row] = await db
    .select()
    .from(applications)
    .where(and(eq(applications.id, id), eq(applications.userId, userId)));
  return row ?? null;
}

export async function getOwnDraft(db: Db, userId: string, id: string) {
  const row = await getOwnApplication(db, userId, id);
  if (!row) throw new AppError("not_found");
  if (row.status !== "draft") throw new AppError("conflict");
  return row;
}

/** Validates one step with the service's schema and saves it into the draft (the server-side autosave). */
export async function saveStep(options: {
  db: Db;
  userId: string;
  iin: string;
  applicationId: string;
  stepId: string;
  input: Record<string, unknown>;
}) {
  const draft = await getOwnDraft(options.db, options.userId, options.applicationId);
  const step = storedService(draft.serviceId).form.steps.find((candidate) => candidate.id === options.stepId);
  if (!step) throw new AppError("not_found");
  const merged = { ...draft.data, ...stringAnswers(options.input) };
  const context = await loadFormContext(options.db, options.iin, merged);
  const parsed = answersSchema(step, options.input, { ...context, saved: draft.data }).safeParse(
    options.input,
  );
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const data: Record<string, string> = { ...draft.data };
  for (const field of step.fields) delete data[field.name];
  Object.assign(data, parsed.data);
  await options.db
    .update(applications)
    .set({ data, updatedAt: new Date() })
    .where(eq(applications.id, draft.id));
  return data;
}

/** API autosave: known fields only, strings of at most 2,000 characters; full checks happen at submit. */
export async function patchDraft(options: { db: Db; userId: string; applicationId: string; data: unknown }) {
  const draft = await getOwnDraft(options.db, options.userId, options.applicationId);
  if (typeof options.data !== "object" || options.data === null || Array.isArray(options.data))
    throw new AppError("validation", { data: "codes.validation" });
  const known = new Set(
    storedService(draft.serviceId).form.steps.flatMap((step) => step.fields.map((field) => field.name)),
  );
  const errors: Record<string, string> = {};
  const data = { ...draft.data };
  for (const [name, value] of Object.entries(options.data)) {
    if (!known.has(name)) errors[name] = "field.unknown";
    else if (typeof value !== "string") errors[name] = "codes.validation";
    else if (value.length > 2000) errors[name] = "field.tooLong";
    else if (!isStorableText(value)) errors[name] = UNSTORABLE_TEXT;
    else data[name] = value;
  }
  if (Object.keys(errors).length) throw new AppError("validation", errors);
  await options.db
    .update(applications)
    .set({ data, updatedAt: new Date() })
    .where(eq(applications.id, draft.id));
  return data;
}

/**
 * Deletes the owner's draft and its uploaded files (rows in one transaction, then the stored bytes).
 * Only a draft can go: a request already sent is a 409. Another person's draft does not exist.
 */
export async function deleteDraft(options: {
  db: Db;
  userId: string;
  applicationId: string;
  storage?: BlobStorage;
}) {
  const draft = await getOwnDraft(options.db, options.userId, options.applicationId);
  const removed = await options.db.transaction(async (tx) => {
    const files = await tx
      .delete(attachments)
      .where(eq(attachments.applicationId, draft.id))
      .returning({ storageKey: attachments.storageKey });
    await tx.delete(applications).where(and(eq(applications.id, draft.id), eq(applications.status, "draft")));
    return files;
  });
  for (const file of removed) await options.storage?.delete(file.storageKey);
}

/** The owner's drafts (of one service, when given), the last saved first: "continue your draft". */
export async function listOwnDrafts(db: Db, userId: string, serviceId?: string, limit = 20) {
  const conditions = [eq(applications.userId, userId), eq(applications.status, "draft")];
  if (serviceId) conditions.push(eq(applications.serviceId, serviceId));
  return db
    .select({
      id: applications.id,
      serviceId: applications.serviceId,
      createdAt: applications.createdAt,
      updatedAt: applications.updatedAt,
    })
    .from(applications)
    .where(and(...conditions))
    .orderBy(desc(applications.updatedAt), desc(applications.id))
    .limit(limit);
}

export async function listOwnApplications(db: Db, userId: string, limit = 50, offset = 0) {
  return db
    .select()
    .from(applications)
    .where(eq(applications.userId, userId))
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .limit(limit)
    .offset(offset);
}

/**
 * The cabinet's page of the user's requests, with only the columns it shows, and how many there are in
 * all, in one statement (a window count; a second one only for a page past the end).
 */
export async function ownApplicationsPage(db: Db, userId: string, limit: number, offset: number) {
  const rows = await db
    .select({
      id: applications.id,
      serviceId: applications.serviceId,
      status: applications.status,
      number: applications.number,
      submittedAt: applications.submittedAt,
      dueAt: applications.dueAt,
      extendedDueAt: applications.extendedDueAt,
      term: applications.term,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(applications)
    .where(eq(applications.userId, userId))
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .limit(limit)
    .offset(offset);
  const total = rows[0]?.total ?? (offset > 0 ? await countOwnApplications(db, userId) : 0);
  return { rows, total };
}

export async function countOwnApplications(db: Db, userId: string): Promise<number> {
  const [row] = await db.select({ value: count() }).from(applications).where(eq(applications.userId, userId));
  return Number(row?.value ?? 0);
}

export async function listDraftAttachments(db: Db, applicationId: string) {
  return db
    .select()
    .from(attachments)
    .where(eq(attachments.applicationId, applicationId))
    .orderBy(attachments.createdAt);
}
