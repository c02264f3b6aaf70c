import { and, eq, inArray, isNull, lt, sql } from "drizzle-orm";
import { createTranslator } from "next-intl";
import { toAlmaty } from "@/lib/calendar";
import type { Db } from "@/lib/db/connect";
import { applications, reminders } from "@/lib/db/schema";
import { loadMessages } from "@/lib/i18n/messages";
import { notifyApplicant } from "@/lib/notifications/cabinet";
import { storedService } from "@/lib/services/registry";
import { enqueueMessage } from "@/lib/notifications/outbox";

const DAY = 24 * 3600 * 1000;
const COLLECT_AFTER_DAYS = 3;
const BATCH = 500;
type Request = typeof applications.$inferSelect;

/** Staff mailboxes of the seeded providers (the e-mail adapter's recipients). */
export const staffMailbox = (providerId: string, role: "head" | "executor") =>
  `${providerId}-${role}@staff.qyzmet.test`;

/**
 * One reminder run, idempotent (each reminder's key is recorded in the same transaction as its
 * messages): overdue requests to the provider's head, extension notices not yet delivered to the
 * executor a day before the 3-day limit, and results ready but not collected to the applicant.
 */
/** Requests still running: restoration's conclusion also while approved and at the registering body. */
const openStatuses = [
  "submitted",
  "registered",
  "in_review",
  "extended",
  "conclusion_approved",
  "at_registering_body",
] as const;

export async function runReminders(db: Db, now = new Date()) {
  const t = createTranslator({ locale: "kk", messages: await loadMessages("kk"), namespace: "reminders" });
  const counts = { overdue: 0, extensionNotice: 0, collect: 0 };
  const due = sql`coalesce(${applications.extendedDueAt}, ${applications.dueAt})`;
  const overdue = await db
    .select()
    .from(applications)
    .where(and(inArray(applications.status, [...openStatuses]), lt(due, now)))
    .limit(BATCH);
  for (const row of overdue) {
    const sent = await once(db, `overdue:${row.id}:${toAlmaty(now).date}`, "overdue", row.id, (tx) =>
      enqueueMessage(tx, {
        channel: "email",
        recipient: staffMailbox(row.providerId ?? "", "head"),
        subject: t("overdue.subject", { number: row.number ?? "" }),
        body: t("overdue.body", { number: row.number ?? "" }),
        topic: "reminder.overdue",
        applicationId: row.id,
      }),
    );
    if (sent) counts.overdue++;
  }
  const notices = await db
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.status, "extended"),
        isNull(applications.extensionNoticedAt),
        lt(applications.extensionNoticeDueAt, new Date(now.getTime() + DAY)),
      ),
    )
    .limit(BATCH);
  for (const row of notices) {
    const sent = await once(db, `extensionNotice:${row.id}`, "extensionNotice", row.id, (tx) =>
      enqueueMessage(tx, {
        channel: "email",
        recipient: staffMailbox(row.providerId ?? "", "executor"),
        subject: t("extensionNotice.subject", { number: row.number ?? "" }),
        body: t("extensionNotice.body", { number: row.number ?? "" }),
        topic: "reminder.extensionNotice",
        applicationId: row.id,
      }),
    );
    if (sent) counts.extensionNotice++;
  }
  const uncollected = await db
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.status, "result_ready"),
        lt(applications.resultReadyAt, new Date(now.getTime() - COLLECT_AFTER_DAYS * DAY)),
      ),
    )
    .limit(BATCH);
  for (const row of uncollected) {
    const round = Math.floor((now.getTime() - row.resultReadyAt!.getTime()) / (COLLECT_AFTER_DAYS * DAY));
    const sent = await once(db, `collect:${row.id}:${round}`, "collect", row.id, (tx) =>
      remindToCollect(tx, row),
    );
    if (sent) counts.collect++;
  }
  return counts;
}

async function once(
  db: Db,
  key: string,
  kind: string,
  applicationId: string,
  write: (tx: Db) => Promise<void>,
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(reminders)
      .values({ key, kind, applicationId })
      .onConflictDoNothing()
      .returning();
    if (!inserted.length) return false;
    await write(tx as unknown as Db);
    return true;
  });
}

function remindToCollect(tx: Db, row: Request) {
  const service = storedService(row.serviceId);
  return notifyApplicant(tx, {
    userId: row.userId,
    applicationId: row.id,
    kind: "collectReminder",
    values: { service: service.messageKey, number: row.number ?? "" },
  });
}
