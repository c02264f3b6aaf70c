import { blobStorage } from "@/lib/attachments/server";
import { readAttachment, removeAttachment } from "@/lib/attachments/store-attachment";
import { requireApiUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import { apiHandler } from "@/lib/entry/http/api";

type Context = { params: Promise<{ id: string }> };

/** The owner's file; anyone else's is a 404 (its existence is not revealed). */
export const GET = apiHandler<Context>(async (_request, { params }) => {
  const user = await requireApiUser();
  const found = await readAttachment({
    db: await getDb(),
    storage: blobStorage,
    userId: user.userId,
    id: (await params).id,
  });
  if (!found) throw new AppError("not_found");
  return new Response(Buffer.from(found.bytes), {
    headers: {
      "content-type": found.mediaType,
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(found.name)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, no-store",
    },
  });
});

export const DELETE = apiHandler<Context>(async (_request, { params }) => {
  const user = await requireApiUser();
  const removed = await removeAttachment({
    db: await getDb(),
    storage: blobStorage,
    userId: user.userId,
    id: (await params).id,
  });
  if (!removed) throw new AppError("not_found");
  return new Response(null, { status: 204 });
});
