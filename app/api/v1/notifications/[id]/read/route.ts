import { requireApiUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { AppError } from "@/lib/errors";
import { apiHandler } from "@/lib/entry/http/api";
import { markRead } from "@/lib/notifications/cabinet";

export const POST = apiHandler<{ params: Promise<{ id: string }> }>(async (_request, { params }) => {
  const user = await requireApiUser();
  if (!(await markRead(await getDb(), user.userId, (await params).id))) throw new AppError("not_found");
  return new Response(null, { status: 204 });
});
