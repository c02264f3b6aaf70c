import { and, count, desc, eq, isNull, sql } from "drizzle-orm";
import { createFormatter, createTranslator } from "next-intl";
import type { Db } from "@/lib/db/connect";
import { applications, notifications, users } from "@/lib/db/schema";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale, timeZone } from "@/lib/i18n/locales";
import { enqueueMessage } from "./outbox";
import { parseId } from "@/lib/ids";
import { collectionPlaceText, findCollectionPlace } from "@/lib/providers/collection-place";
import type { Locale } from "@/lib/i18n/locales";

const collectKinds: readonly NotificationKind[] = ["result_ready", "collectReminder"];

/** Where the request's result is collected: its provider's office, address, hours and phone. */
async function placeOf(tx: Db, applicationId: string | null, locale: Locale, fallback: string) {
  if (!applicationId) return fallback;
  const [row] = await tx
    .select({ providerId: applications.providerId })
    .from(applications)
    .where(eq(applications.id, applicationId));
  return collectionPlaceText(await findCollectionPlace(tx, row?.providerId ?? null), locale, fallback);
}

export type NotificationKind =
  | "submitted"
  | "accepted"
  | "refused"
  | "registered"
  | "extended"
  | "result_ready"
  | "refusedByProvider"
  | "issued"
  | "withdrawn"
  | "collectReminder"
  | "visitRequested"
  | "visitScheduled"
  | "visitCancelled"
  | "visitCancelledByApplicant"
  | "visitMoveRequested"
  | "visitCompleted"
  | "complaintFiled"
  | "complaintAnswered"
  | "atRegisteringBody"
  | "inspectionScheduled"
  | "inspectionRecorded";

/**
 * Writes a notification in the applicant's language (their account's locale) and its SMS to the
 * outbox. Call it inside the transaction that changes the request, so they all land together.
 */
export async function notifyApplicant(
  tx: Db,
  input: {
    userId: string;
    applicationId?: string | null;
    homeVisitId?: string | null;
    kind: NotificationKind;
    /** The account's locale and phone when the caller has just read them (the session's user). */
    recipient?: { locale: string; phone: string | null };
    values: {
      service: string;
      number: string;
      dueAt?: Date | null;
      registeredAt?: Date | null;
      reason?: string;
      /** Refusal grounds (ids under refusalGrounds), told before the explanation. */
      grounds?: readonly string[];
      employee?: string;
      request?: string;
    };
  },
) {
  const [user] = input.recipient
    ? [input.recipient]
    : await tx
        .select({ locale: users.locale, phone: users.phone })
        .from(users)
        .where(eq(users.id, input.userId));
  const locale = isLocale(user?.locale) ? user.locale : "kk";
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages });
  const format = createFormatter({ locale, timeZone });
  const service = t(`services.${input.values.service}.title` as never);
  const dueAt = input.values.dueAt
    ? format.dateTime(input.values.dueAt, { dateStyle: "long", timeStyle: "short" })
    : "";
  const registeredAt = input.values.registeredAt
    ? format.dateTime(input.values.registeredAt, { dateStyle: "long", timeStyle: "short" })
    : "";
  const grounds = (input.values.grounds ?? []).map((id) => t(`refusalGrounds.${id}` as never));
  const values = {
    service,
    number: input.values.number,
    dueAt,
    registeredAt,
    reason: [grounds.join("; "), input.values.reason ?? ""].filter(Boolean).join(". "),
    employee: input.values.employee ?? "",
    request: input.values.request ?? "",
    // Where to collect: only the notices that say it look the office up.
    place: collectKinds.includes(input.kind)
      ? await placeOf(
          tx,
          input.applicationId ?? null,
          locale,
          t(`services.${input.values.service}.collect` as never),
        )
      : "",
  };
  const title = t(`notifications.kinds.${input.kind}.title`, values);
  const body = t(`notifications.kinds.${input.kind}.body`, values);
  await tx.insert(notifications).values({
    id: crypto.randomUUID(),
    userId: input.userId,
    applicationId: input.applicationId ?? null,
    homeVisitId: input.homeVisitId ?? null,
    kind: input.kind,
    title,
    body,
  });
  if (user?.phone) {
    await enqueueMessage(tx, {
      channel: "sms",
      recipient: user.phone,
      subject: title,
      body: `${title}. ${body}`,
      topic: `notification.${input.kind}`,
      applicationId: input.applicationId,
    });
  }
}

/** The user's notifications, unread first, newest first. */
export async function listNotifications(
  db: Db,
  userId: string,
  options: { unreadOnly?: boolean; limit?: number } = {},
) {
  const conditions = [eq(notifications.userId, userId)];
  if (options.unreadOnly) conditions.push(isNull(notifications.readAt));
  return db
    .select()
    .from(notifications)
    .where(and(...conditions))
    .orderBy(sql`${notifications.readAt} is not null`, desc(notifications.createdAt))
    .limit(options.limit ?? 100);
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ value: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.value ?? 0);
}

/** Marks one of the user's notifications read; false when it is not theirs (a 404 for the caller). */
export async function markRead(db: Db, userId: string, id: string): Promise<boolean> {
  if (!parseId(id)) return false;
  const [row] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)));
  if (!row) return false;
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.id, id), isNull(notifications.readAt)));
  return true;
}

export async function markAllRead(db: Db, userId: string): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
}
