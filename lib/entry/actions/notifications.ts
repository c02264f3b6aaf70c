"use server";

import { redirect } from "next/navigation";
import { checkArgs, formDataArg } from "@/lib/entry/forms/action-args";
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { markAllRead, markRead } from "@/lib/notifications/cabinet";
import { routes } from "@/lib/entry/routes";

export async function markReadAction(formData: FormData): Promise<void> {
  checkArgs(formDataArg, formData);
  const user = await getCurrentUser();
  const locale = await getLocale();
  if (!user) redirect(routes.signIn(locale));
  await markRead(await getDb(), user.userId, String(formData.get("id") ?? ""));
  redirect(routes.notifications(locale));
}

export async function markAllReadAction(): Promise<void> {
  const user = await getCurrentUser();
  const locale = await getLocale();
  if (!user) redirect(routes.signIn(locale));
  await markAllRead(await getDb(), user.userId);
  redirect(routes.notifications(locale));
}
