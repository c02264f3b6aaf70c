import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type Database, type Db } from "@/lib/db/connect";
import { outboxMessages, smsOutbox } from "@/lib/db/schema";
import { startJobs, type Jobs } from "@/lib/jobs/queue";
import { deliverMessage, STALE_CLAIM_MINUTES, type Channels } from "@/lib/notifications/outbox";
import { createOutboxSms } from "@/lib/notifications/sms";
import { createTestDatabase } from "../support/test-database";

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Two nodes' job workers on one database (on PostgreSQL two connection pools, as two processes have;
 * on PGlite two workers in one process): every message is delivered exactly once.
 */
describe(`two job workers on one database deliver once (${process.env.TEST_DATABASE})`, () => {
  let first: Database;
  let second: Database;
  const workers: Jobs[] = [];
  /** E-mails handed to the "SMTP server", by message subject. */
  const mailbox: string[] = [];
  const channels = (db: Db): Channels => ({
    sms: {
      inDatabase: true,
      send: (message, tx) => createOutboxSms(tx ?? db).send(message.recipient, message.body),
    },
    email: {
      async send(message) {
        // A slow server widens every race between the two workers.
        await pause(30);
        mailbox.push(message.subject);
      },
    },
  });
  const insert = (values: { channel: "sms" | "email"; subject: string; status?: "queued" | "sending" }) =>
    first.db.insert(outboxMessages).values({
      id: crypto.randomUUID(),
      recipient: values.channel === "sms" ? "+77000000001" : "two@staff.qyzmet.test",
      body: values.subject,
      topic: "test.two-workers",
      ...values,
    });
  const statusOf = async (subject: string) =>
    (await first.db.select().from(outboxMessages).where(eq(outboxMessages.subject, subject)))[0]!;
  const smsCount = async (body: string) =>
    (await first.db.select().from(smsOutbox).where(eq(smsOutbox.body, body))).length;

  beforeAll(async () => {
    first = await createTestDatabase();
    second =
      first.kind === "postgres" && first.url ? await connectDatabase({ databaseUrl: first.url }) : first;
  });
  afterAll(async () => {
    for (const worker of workers) await worker.stop();
    if (second !== first) await second?.close();
    await first?.close();
  });

  it("two running workers with their relays send each of 40 messages once", async () => {
    const subjects = Array.from({ length: 40 }, (_, index) => `race-${index}-${crypto.randomUUID()}`);
    for (const [index, subject] of subjects.entries())
      await insert({ channel: index % 2 ? "email" : "sms", subject });
    for (const database of [first, second])
      workers.push(
        await startJobs(database, {
          channels: channels(database.db),
          relayEveryMs: 50,
          pollingIntervalSeconds: 0.5,
          remindersCron: null,
        }),
      );
    // Both relays at once too, besides their timers.
    await Promise.all(workers.flatMap((worker) => [worker.relayNow(), worker.relayNow()]));
    await expect
      .poll(
        async () =>
          (
            await first.db
              .select({ n: sql<number>`count(*)::int` })
              .from(outboxMessages)
              .where(and(inArray(outboxMessages.subject, subjects), eq(outboxMessages.status, "sent")))
          )[0]!.n,
        { timeout: 30_000, interval: 300 },
      )
      .toBe(40);
    for (const [index, subject] of subjects.entries()) {
      if (index % 2)
        expect(
          mailbox.filter((sent) => sent === subject),
          subject,
        ).toHaveLength(1);
      else expect(await smsCount(subject), subject).toBe(1);
      expect((await statusOf(subject)).attempts).toBe(1);
    }
  });

  it("six deliveries of one message at once from both nodes: one sends, five skip", async () => {
    const subject = `same-${crypto.randomUUID()}`;
    await insert({ channel: "email", subject, status: "queued" });
    const { id } = await statusOf(subject);
    const outcomes = await Promise.all(
      [first, second, first, second, first, second].map((database) =>
        deliverMessage(database.db, id, channels(database.db)),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === "sent")).toHaveLength(1);
    expect(outcomes.filter((outcome) => outcome === "skipped")).toHaveLength(5);
    expect(mailbox.filter((sent) => sent === subject)).toHaveLength(1);
    expect(await statusOf(subject)).toMatchObject({ status: "sent", attempts: 1 });
  });

  it("a claim left by a node killed while sending is taken again once it is stale, not before", async () => {
    const subject = `stale-${crypto.randomUUID()}`;
    await insert({ channel: "sms", subject, status: "sending" });
    const { id } = await statusOf(subject);
    await first.db.update(outboxMessages).set({ queuedAt: new Date() }).where(eq(outboxMessages.id, id));
    expect(await deliverMessage(second.db, id, channels(second.db))).toBe("skipped");
    const stale = new Date(Date.now() - (STALE_CLAIM_MINUTES + 1) * 60_000);
    await first.db.update(outboxMessages).set({ queuedAt: stale }).where(eq(outboxMessages.id, id));
    expect(await deliverMessage(second.db, id, channels(second.db))).toBe("sent");
    expect(await deliverMessage(first.db, id, channels(first.db))).toBe("skipped");
    expect(await smsCount(subject)).toBe(1);
  });

  it("an SMS whose delivery fails after writing leaves no row: it is retried, not doubled", async () => {
    const subject = `rollback-${crypto.randomUUID()}`;
    await insert({ channel: "sms", subject, status: "queued" });
    const { id } = await statusOf(subject);
    const failing: Channels = {
      ...channels(first.db),
      sms: {
        inDatabase: true,
        async send(message, tx) {
          await createOutboxSms(tx!).send(message.recipient, message.body);
          throw new Error("gateway hung up");
        },
      },
    };
    await expect(deliverMessage(first.db, id, failing)).rejects.toThrow("gateway hung up");
    expect(await smsCount(subject)).toBe(0);
    expect(await statusOf(subject)).toMatchObject({ status: "queued", attempts: 1 });
    expect(await deliverMessage(second.db, id, channels(second.db))).toBe("sent");
    expect(await smsCount(subject)).toBe(1);
  });
});
