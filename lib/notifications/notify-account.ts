import { eq } from "drizzle-orm";
import { createFormatter, createTranslator } from "next-intl";
import type { Db } from "@/lib/db/connect";
import { notifications, users } from "@/lib/db/schema";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale, timeZone } from "@/lib/i18n/locales";
import { enqueueMessage } from "./outbox";

/**
 * A notification about the account itself (not a request): "a new EDS key was issued". Written in
 * the person's language with its SMS in the outbox; call it inside the transaction of the change.
 */
export async function notifyKeyIssued(
  tx: Db,
  input: { userId: string; kind: "sign" | "auth"; at: Date; device: string | null },
) {
  const [user] = await tx
    .select({ locale: users.locale, phone: users.phone })
    .from(users)
    .where(eq(users.id, input.userId));
  const locale = isLocale(user?.locale) ? user.locale : "kk";
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages });
  const format = createFormatter({ locale, timeZone });
  const values = {
    kind: input.kind.toUpperCase(),
    time: format.dateTime(input.at, { dateStyle: "long", timeStyle: "short" }),
    device: input.device ?? t("keys.unknownDevice"),
  };
  const title = t("notifications.kinds.keyIssued.title");
  const body = t("notifications.kinds.keyIssued.body", values);
  await tx
    .insert(notifications)
    .values({ id: crypto.randomUUID(), userId: input.userId, kind: "keyIssued", title, body });
  if (user?.phone) {
    await enqueueMessage(tx, {
      channel: "sms",
      recipient: user.phone,
      subject: title,
      body: `${title}. ${body}`,
      topic: "notification.keyIssued",
    });
  }
}
