import { cookies } from "next/headers";
import { deleteSession } from "@/lib/auth/sessions";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie";
import { getDb } from "@/lib/db/server";
import { apiHandler } from "@/lib/entry/http/api";

export const POST = apiHandler(async () => {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(await getDb(), token);
  store.delete(SESSION_COOKIE);
  return new Response(null, { status: 204 });
});
