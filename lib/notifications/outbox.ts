import { and, eq, isNull, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { applications, outboxMessages, type DeliveryChannel } from "@/lib/db/schema";

export const MAX_DELIVERY_ATTEMPTS = 5;

export type OutboxMessage = {
  channel: DeliveryChannel;
  recipient: string;
  subject: string;
  body: string;
  topic: string;
  applicationId?: string | null;
};
export type MessageChannel = {
  send(message: { recipient: string; subject: string; body: string }): Promise<void>;
};
export type Channels = Record<DeliveryChannel, MessageChannel>;

/** Writes a message to the outbox. Call it inside the transaction of the change it tells of. */
export async function enqueueMessage(tx: Db, message: OutboxMessage): Promise<void> {
  await tx
    .insert(outboxMessages)
    .values({ id: crypto.randomUUID(), ...message, applicationId: message.applicationId ?? null });
}

/**
 * Hands pending messages to the job queue. Rows are claimed atomically with SKIP LOCKED, and the job
 * id is the message id, so several relays at once never queue a message twice. A claim older than
 * ten minutes whose message is still unsent (a crash between claim and queue) is claimed again.
 */
export async function relayOutbox(
  db: Db,
  queue: (id: string) => Promise<void>,
  limit = 100,
): Promise<number> {
  const claimed = await db.execute<{ id: string }>(sql`
    update ${outboxMessages} set status = 'queued', queued_at = now()
    where id in (
      select id from ${outboxMessages}
      where status = 'pending'
        or (status = 'queued' and attempts = 0 and queued_at < now() - interval '10 minutes')
      order by created_at limit ${limit} for update skip locked)
    returning id`);
  const ids = (claimed as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
  for (const id of ids) await queue(id);
  return ids.length;
}

/**
 * Delivers one message through its channel. Idempotent (a sent message is not sent again); a
 * failure is recorded and thrown so the queue retries it with backoff, until the last attempt.
 */
export async function deliverMessage(
  db: Db,
  id: string,
  channels: Channels,
  now = () => new Date(),
): Promise<"sent" | "skipped"> {
  const [message] = await db.select().from(outboxMessages).where(eq(outboxMessages.id, id));
  if (!message || message.status === "sent" || message.status === "failed") return "skipped";
  try {
    await channels[message.channel].send(message);
  } catch (error) {
    const attempts = message.attempts + 1;
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    await db
      .update(outboxMessages)
      .set({ attempts, lastError, status: attempts >= MAX_DELIVERY_ATTEMPTS ? "failed" : "queued" })
      .where(eq(outboxMessages.id, id));
    throw error;
  }
  const at = now();
  await db
    .update(outboxMessages)
    .set({ status: "sent", sentAt: at, attempts: message.attempts + 1 })
    .where(eq(outboxMessages.id, id));
  if (message.topic === "notification.extended" && message.applicationId) {
    await db
      .update(applications)
      .set({ extensionNoticedAt: at })
      .where(and(eq(applications.id, message.applicationId), isNull(applications.extensionNoticedAt)));
  }
  return "sent";
}
