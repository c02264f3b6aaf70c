import { requireApiUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { apiHandler } from "@/lib/entry/http/api";
import { listNotifications } from "@/lib/notifications/cabinet";

/** GET ?unread=true → [{ id, applicationId, kind, title, body, createdAt, readAt }], unread first. */
export const GET = apiHandler(async (request) => {
  const user = await requireApiUser();
  const unreadOnly = new URL(request.url).searchParams.get("unread") === "true";
  const rows = await listNotifications(await getDb(), user.userId, { unreadOnly });
  return Response.json(
    rows.map(({ userId: _userId, ...row }) => row),
    { headers: { "cache-control": "no-store" } },
  );
});
