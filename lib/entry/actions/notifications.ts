"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { markAllRead, markRead } from "@/lib/notifications/cabinet";

export async function markReadAction(formData: FormData): Promise<void> {
  const user = await getCurrentUser();
  const locale = await getLocale();
  if (!user) redirect(`/${locale}/sign-in`);
  await markRead(await getDb(), user.userId, String(formData.get("id") ?? ""));
  redirect(`/${locale}/cabinet/notifications`);
}

export async function markAllReadAction(): Promise<void> {
  const user = await getCurrentUser();
  const locale = await getLocale();
  if (!user) redirect(`/${locale}/sign-in`);
  await markAllRead(await getDb(), user.userId);
  redirect(`/${locale}/cabinet/notifications`);
}
