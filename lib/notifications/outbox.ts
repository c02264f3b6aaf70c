import { and, eq, inArray, isNull, lt, or, sql } from "drizzle-orm";
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
  /** `db` is the delivery's transaction when the channel writes to the database (`inDatabase`). */
  send(message: { recipient: string; subject: string; body: string }, db?: Db): Promise<void>;
  /** The channel writes to this database (the demo SMS outbox): sent and marked sent in one transaction. */
  inDatabase?: boolean;
};
export type Channels = Record<DeliveryChannel, MessageChannel>;

/** Writes a message to the outbox. Call it inside the transaction of the change it tells of. */
export async function enqueueMessage(tx: Db, message: OutboxMessage): Promise<void> {
  await tx
    .insert(outboxMessages)
    .values({ id: crypto.randomUUID(), ...message, applicationId: message.applicationId ?? null });
}

/**
 * A delivery in flight for longer than this is taken to have died with its process (a node killed
 * mid-send) and may be claimed again: longer than any channel's own timeouts (SMTP: 10 s + 30 s).
 */
export const STALE_CLAIM_MINUTES = 10;

/**
 * Hands pending messages to the job queue. Rows are claimed atomically with SKIP LOCKED, and the job
 * id is the message id, so several relays at once never queue a message twice. A claim older than
 * ten minutes whose message is still unsent (a crash between claim and queue, or a node that died
 * while sending) is claimed again.
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
        or (status = 'sending' and queued_at < now() - interval '10 minutes')
      order by created_at limit ${limit} for update skip locked)
    returning id`);
  const ids = (claimed as unknown as { rows: { id: string }[] }).rows.map((row) => row.id);
  for (const id of ids) await queue(id);
  return ids.length;
}

/**
 * Delivers one message through its channel, exactly once with any number of workers and nodes: the
 * row is first claimed by one conditional UPDATE (status `sending`, `queued_at` the claim's time), so
 * of two workers holding the same message only one sends and the other answers "skipped". A channel
 * that writes to the database sends and marks the message sent in one transaction (a process killed
 * in between leaves nothing sent); an external one (SMTP) is marked sent right after the server took
 * it. A failure is recorded and thrown so the queue retries it with backoff, until the last attempt.
 */
export async function deliverMessage(
  db: Db,
  id: string,
  channels: Channels,
  now = () => new Date(),
): Promise<"sent" | "skipped"> {
  const staleBefore = new Date(Date.now() - STALE_CLAIM_MINUTES * 60_000);
  const [message] = await db
    .update(outboxMessages)
    .set({ status: "sending", queuedAt: sql`now()` })
    .where(
      and(
        eq(outboxMessages.id, id),
        or(
          inArray(outboxMessages.status, ["pending", "queued"]),
          and(eq(outboxMessages.status, "sending"), lt(outboxMessages.queuedAt, staleBefore)),
        ),
      ),
    )
    .returning();
  if (!message) return "skipped";
  const channel = channels[message.channel];
  const markSent = (tx: Db) => recordSent(tx, message, now());
  try {
    if (channel.inDatabase)
      await db.transaction(async (tx) => {
        await channel.send(message, tx as unknown as Db);
        await markSent(tx as unknown as Db);
      });
    else {
      await channel.send(message);
      await markSent(db);
    }
  } catch (error) {
    const attempts = message.attempts + 1;
    const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    await db
      .update(outboxMessages)
      .set({ attempts, lastError, status: attempts >= MAX_DELIVERY_ATTEMPTS ? "failed" : "queued" })
      .where(and(eq(outboxMessages.id, id), eq(outboxMessages.status, "sending")));
    throw error;
  }
  return "sent";
}

async function recordSent(
  db: Db,
  message: { id: string; attempts: number; topic: string; applicationId: string | null },
  at: Date,
) {
  await db
    .update(outboxMessages)
    .set({ status: "sent", sentAt: at, attempts: message.attempts + 1 })
    .where(eq(outboxMessages.id, message.id));
  if (message.topic === "notification.extended" && message.applicationId) {
    await db
      .update(applications)
      .set({ extensionNoticedAt: at })
      .where(and(eq(applications.id, message.applicationId), isNull(applications.extensionNoticedAt)));
  }
}
