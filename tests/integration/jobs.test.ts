import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { applications, notifications, outboxMessages, reminders, smsOutbox, users } from "@/lib/db/schema";
import { seedDatabase } from "@/lib/seed";
import { demoApplicantIins } from "@/lib/seed/seed-demo-accounts";
import {
  deliverMessage,
  enqueueMessage,
  MAX_DELIVERY_ATTEMPTS,
  type Channels,
} from "@/lib/notifications/outbox";
import { DELIVER, startJobs, type Jobs } from "@/lib/jobs/queue";
import { runReminders, staffMailbox } from "@/lib/jobs/reminders";
import { actOnRequest } from "@/lib/office/act-on-request";
import { createOutboxSms } from "@/lib/notifications/sms";
import { staffMember } from "../support/staff-signer";
import { createTestDatabase } from "../support/test-database";

const DAY = 24 * 3600 * 1000;

describe(`background jobs: outbox delivery with retries, reminders (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  let jobs: Jobs;
  let userId: string;
  const mailbox: { to: string; subject: string }[] = [];
  let failuresLeft = 0;
  const channels = (): Channels => ({
    sms: { send: (message) => createOutboxSms(database.db).send(message.recipient, message.body) },
    email: {
      async send(message) {
        if (failuresLeft > 0) {
          failuresLeft--;
          throw new Error("mail server unavailable");
        }
        mailbox.push({ to: message.recipient, subject: message.subject });
      },
    },
  });
  const messageOf = async (id: string) =>
    (await database.db.select().from(outboxMessages).where(eq(outboxMessages.id, id)))[0]!;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, { demo: true });
    const [user] = await database.db.select().from(users).where(eq(users.iin, demoApplicantIins()[0]!));
    userId = user!.id;
    jobs = await startJobs(database, {
      channels: channels(),
      relayEveryMs: 200,
      pollingIntervalSeconds: 0.5,
      retryDelaySeconds: 1,
      remindersCron: null,
    });
  });
  afterAll(async () => {
    await jobs?.stop();
    await database?.close();
  });

  const staffActionTitle =
    "a staff action writes the notification and its SMS in one transaction; the queue delivers it";
  it(staffActionTitle, async () => {
    const id = crypto.randomUUID();
    await database.db.insert(applications).values({
      id,
      userId,
      serviceId: "record-correction",
      status: "submitted",
      number: `RC-${id.slice(0, 8)}`,
      providerId: "cr-1",
      submittedAt: new Date(),
      term: { amount: 15, unit: "calendar_days", countAcceptanceDay: false },
    });
    await actOnRequest({
      db: database.db,
      staff: await staffMember(database.db, "cr-1", "clerk"),
      applicationId: id,
      action: "register",
    });
    const [message] = await database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.applicationId, id));
    expect(message).toMatchObject({ channel: "sms", topic: "notification.registered" });
    await expect.poll(async () => (await messageOf(message!.id)).status, { timeout: 20_000 }).toBe("sent");
    const [user] = await database.db.select().from(users).where(eq(users.id, userId));
    const sms = await database.db.select().from(smsOutbox).where(eq(smsOutbox.phone, user!.phone));
    expect(sms.some((row) => row.body.includes(`RC-${id.slice(0, 8)}`))).toBe(true);
  });

  it("a failing channel is retried with backoff until it delivers, once", async () => {
    failuresLeft = 2;
    const topic = `test.retry.${crypto.randomUUID()}`;
    await database.db.transaction((tx) =>
      enqueueMessage(tx as never, {
        channel: "email",
        recipient: "head@staff.qyzmet.test",
        subject: topic,
        body: "b",
        topic,
      }),
    );
    const [message] = await database.db.select().from(outboxMessages).where(eq(outboxMessages.topic, topic));
    await expect
      .poll(async () => (await messageOf(message!.id)).status, { timeout: 30_000, interval: 500 })
      .toBe("sent");
    const sent = await messageOf(message!.id);
    expect(sent.attempts).toBe(3);
    expect(sent.lastError).toBe("mail server unavailable");
    expect(mailbox.filter((mail) => mail.subject === topic)).toHaveLength(1);
    expect(await deliverMessage(database.db, message!.id, channels())).toBe("skipped");
  });

  it("after the last attempt a message is marked failed and not sent again", async () => {
    const topic = `test.fail.${crypto.randomUUID()}`;
    await database.db.insert(outboxMessages).values({
      id: crypto.randomUUID(),
      channel: "email",
      recipient: "x@staff.qyzmet.test",
      subject: topic,
      body: "b",
      topic,
      status: "queued",
    });
    const [message] = await database.db.select().from(outboxMessages).where(eq(outboxMessages.topic, topic));
    const broken: Channels = { ...channels(), email: { send: () => Promise.reject(new Error("down")) } };
    for (let attempt = 0; attempt < MAX_DELIVERY_ATTEMPTS; attempt++)
      await expect(deliverMessage(database.db, message!.id, broken)).rejects.toThrow("down");
    expect(await messageOf(message!.id)).toMatchObject({ status: "failed", attempts: MAX_DELIVERY_ATTEMPTS });
    expect(await deliverMessage(database.db, message!.id, broken)).toBe("skipped");
  });

  it("relays racing each other queue every message exactly once", async () => {
    const topic = `test.race.${crypto.randomUUID()}`;
    for (let index = 0; index < 12; index++)
      await database.db.insert(outboxMessages).values({
        id: crypto.randomUUID(),
        channel: "sms",
        recipient: "+77000000000",
        subject: topic,
        body: "b",
        topic,
      });
    const other = await startJobs(database, {
      channels: channels(),
      relayEveryMs: 60_000,
      pollingIntervalSeconds: 0.5,
      remindersCron: null,
    });
    try {
      await Promise.all([jobs.relayNow(), other.relayNow(), jobs.relayNow()]);
      const rows = await database.db.select().from(outboxMessages).where(eq(outboxMessages.topic, topic));
      const ids = rows.map((row) => row.id);
      const queued = await database.executeSql(
        `select count(*)::int as n from pgboss.job where name = $1 and data->>'id' = any($2::text[])`,
        [DELIVER, ids],
      );
      expect((queued.rows[0] as { n: number }).n).toBe(12);
      await expect
        .poll(
          async () =>
            (
              await database.db
                .select()
                .from(outboxMessages)
                .where(and(eq(outboxMessages.topic, topic), eq(outboxMessages.status, "sent")))
            ).length,
          { timeout: 20_000 },
        )
        .toBe(12);
    } finally {
      await other.stop();
    }
  });

  const remindersTitle =
    "reminders: overdue to the head, an undelivered extension notice to the executor, " +
    "an uncollected result to the applicant; once each";
  it(remindersTitle, async () => {
    const now = new Date();
    const base = {
      userId,
      serviceId: "record-correction",
      providerId: "cr-1",
      submittedAt: new Date(now.getTime() - 40 * DAY),
    };
    const [overdue, extended, ready] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    await database.db.insert(applications).values([
      {
        ...base,
        id: overdue,
        status: "in_review",
        number: `RC-${overdue.slice(0, 8)}`,
        dueAt: new Date(now.getTime() - DAY),
      },
      {
        ...base,
        id: extended,
        status: "extended",
        number: `RC-${extended.slice(0, 8)}`,
        dueAt: new Date(now.getTime() + 9 * DAY),
        extendedDueAt: new Date(now.getTime() + 20 * DAY),
        extensionNoticeDueAt: new Date(now.getTime() + 3600_000),
      },
      {
        ...base,
        id: ready,
        status: "result_ready",
        number: `RC-${ready.slice(0, 8)}`,
        dueAt: new Date(now.getTime() - 5 * DAY),
        resultReadyAt: new Date(now.getTime() - 4 * DAY),
      },
    ]);
    const first = await runReminders(database.db, now);
    expect(first.overdue).toBeGreaterThanOrEqual(1);
    expect(first.extensionNotice).toBeGreaterThanOrEqual(1);
    expect(first.collect).toBeGreaterThanOrEqual(1);
    expect(await runReminders(database.db, now)).toEqual({ overdue: 0, extensionNotice: 0, collect: 0 });
    const [overdueMail] = await database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.applicationId, overdue));
    expect(overdueMail).toMatchObject({
      channel: "email",
      recipient: staffMailbox("cr-1", "head"),
      topic: "reminder.overdue",
    });
    const [noticeMail] = await database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.applicationId, extended));
    expect(noticeMail).toMatchObject({
      recipient: staffMailbox("cr-1", "executor"),
      topic: "reminder.extensionNotice",
    });
    const [collect] = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.applicationId, ready));
    expect(collect!.kind).toBe("collectReminder");
    const recorded = await database.db.select({ n: sql<number>`count(*)::int` }).from(reminders);
    expect(recorded[0]!.n).toBeGreaterThanOrEqual(3);
  });
});
