import { deleteDraft, getOwnApplication, patchDraft } from "@/lib/applications/drafts";
import { presentApplication } from "@/lib/applications/present";
import { patchApplicationSchema } from "@/lib/applications/schemas";
import { blobStorage } from "@/lib/attachments/server";
import { requireApiUser } from "@/lib/entry/current-user";
import { fieldErrors } from "@/lib/forms/field-errors";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import { apiHandler, readJson } from "@/lib/entry/http/api";

type Context = { params: Promise<{ id: string }> };

export const GET = apiHandler<Context>(async (_request, { params }) => {
  const user = await requireApiUser();
  const db = await getDb();
  const row = await getOwnApplication(db, user.userId, (await params).id);
  if (!row) throw new AppError("not_found");
  return Response.json(await presentApplication(db, row));
});

export const PATCH = apiHandler<Context>(async (request, { params }) => {
  const user = await requireApiUser();
  const parsed = patchApplicationSchema.safeParse(await readJson(request));
  if (!parsed.success) throw new AppError("validation", fieldErrors(parsed.error));
  const data = await patchDraft({
    db: await getDb(),
    userId: user.userId,
    applicationId: (await params).id,
    data: parsed.data.data,
  });
  return Response.json({ id: (await params).id, status: "draft", data });
});

export const DELETE = apiHandler<Context>(async (_request, { params }) => {
  const user = await requireApiUser();
  await deleteDraft({
    db: await getDb(),
    userId: user.userId,
    applicationId: (await params).id,
    storage: blobStorage,
  });
  return new Response(null, { status: 204 });
});
