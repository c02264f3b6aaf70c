import { attachUploadsToDraft } from "@/lib/applications/attach-uploads";
import { createDraft, deleteDraft, listOwnApplications, patchDraft } from "@/lib/applications/drafts";
import { createApplicationSchema, listQuerySchema } from "@/lib/applications/schemas";
import { blobStorage } from "@/lib/attachments/server";
import { requireApiUser } from "@/lib/entry/current-user";
import { fieldErrors } from "@/lib/forms/field-errors";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import { apiHandler, readJson } from "@/lib/entry/http/api";

export const POST = apiHandler(async (request) => {
  const user = await requireApiUser();
  const parsed = createApplicationSchema.safeParse(await readJson(request));
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const db = await getDb();
  const draft = await createDraft({ db, userId: user.userId, serviceId: parsed.data.serviceId });
  try {
    if (parsed.data.data)
      await patchDraft({ db, userId: user.userId, applicationId: draft.id, data: parsed.data.data });
  } catch (error) {
    // Nothing half-made is kept: a body with bad fields leaves no draft behind.
    await deleteDraft({ db, userId: user.userId, applicationId: draft.id, storage: blobStorage });
    throw error;
  }
  if (parsed.data.attachmentIds?.length) {
    await attachUploadsToDraft({
      db,
      userId: user.userId,
      applicationId: draft.id,
      attachmentIds: parsed.data.attachmentIds,
    });
  }
  return Response.json(draft, { status: 201 });
});

export const GET = apiHandler(async (request) => {
  const user = await requireApiUser();
  const query = listQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw new AppError("validation", fieldErrors(query.error));
  const rows = await listOwnApplications(
    await getDb(),
    user.userId,
    query.data.pageSize,
    (query.data.page - 1) * query.data.pageSize,
  );
  return Response.json({
    page: query.data.page,
    items: rows.map((row) => ({
      id: row.id,
      number: row.number,
      serviceId: row.serviceId,
      status: row.status,
      submittedAt: row.submittedAt,
      registeredAt: row.registeredAt,
      dueAt: row.dueAt,
    })),
  });
});
