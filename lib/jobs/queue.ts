import PgBoss from "pg-boss";
import type { Database } from "@/lib/db/connect";
import type { Db } from "@/lib/db/connect";
import { logger } from "@/lib/logger";
import {
  deliverMessage,
  MAX_DELIVERY_ATTEMPTS,
  relayOutbox,
  type Channels,
} from "@/lib/notifications/outbox";
import { runReminders } from "./reminders";

export const DELIVER = "deliver-message";
export const REMINDERS = "reminders";

export type JobsOptions = {
  channels: Channels;
  relayEveryMs?: number;
  pollingIntervalSeconds?: number;
  retryDelaySeconds?: number;
  remindersCron?: string | null;
};
export type Jobs = { boss: PgBoss; relayNow: () => Promise<number>; stop: () => Promise<void> };

/**
 * The background jobs on pg-boss (a PostgreSQL-table queue, SKIP LOCKED, safe with several
 * workers): on PostgreSQL it opens its own small pool; on PGlite it runs in this process over the
 * same connection. The outbox relay, delivery with retries and exponential backoff, and reminders.
 */
export async function startJobs(database: Database, options: JobsOptions): Promise<Jobs> {
  const connection =
    database.kind === "postgres" && database.url
      ? { connectionString: database.url, max: 3 }
      : { db: { executeSql: database.executeSql } };
  const boss = new PgBoss({
    ...connection,
    schema: "pgboss",
    supervise: true,
    schedule: options.remindersCron !== null,
    migrate: true,
  });
  boss.on("error", (error) => logger.error("job queue error", { error: error.message }));
  await boss.start();
  const retries = {
    retryLimit: MAX_DELIVERY_ATTEMPTS - 1,
    retryDelay: options.retryDelaySeconds ?? 5,
    retryBackoff: true,
  };
  await boss.createQueue(DELIVER, { name: DELIVER, ...retries });
  await boss.createQueue(REMINDERS, { name: REMINDERS });
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };
  await boss.work<{ id: string }>(DELIVER, { ...polling, batchSize: 5 }, async (jobs) => {
    for (const job of jobs) await deliverMessage(database.db, job.data.id, options.channels);
  });
  await boss.work(REMINDERS, polling, async () => {
    await runReminders(database.db as Db);
  });
  if (options.remindersCron !== null)
    await boss.schedule(REMINDERS, options.remindersCron ?? "*/15 * * * *", {}, { tz: "Asia/Almaty" });

  const relayNow = () =>
    relayOutbox(database.db, async (id) => void (await boss.send(DELIVER, { id }, { id, ...retries })));
  // One relay at a time in this process; stopping waits for the one in flight before closing the queue.
  let inFlight: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (inFlight) return;
    inFlight = relayNow()
      .catch((error: unknown) =>
        logger.error("outbox relay failed", {
          error: error instanceof Error ? error.message : String(error),
        }),
      )
      .finally(() => (inFlight = null));
  }, options.relayEveryMs ?? 1000);
  timer.unref();
  return {
    boss,
    relayNow,
    stop: async () => {
      clearInterval(timer);
      await inFlight;
      await boss.stop({ graceful: true, close: true, wait: true, timeout: 5000 });
    },
  };
}
