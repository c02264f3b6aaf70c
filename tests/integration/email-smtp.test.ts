import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { outboxMessages } from "@/lib/db/schema";
import { parseEnv } from "@/lib/env";
import { startJobs, type Jobs } from "@/lib/jobs/queue";
import { createChannels } from "@/lib/notifications/channels";
import {
  deliverMessage,
  enqueueMessage,
  MAX_DELIVERY_ATTEMPTS,
  type Channels,
} from "@/lib/notifications/outbox";
import { createTestDatabase } from "../support/test-database";

type Received = { from: string; to: string[]; raw: string };

/** The text of a one-part message as nodemailer writes it (base64 or quoted-printable, UTF-8). */
function bodyText(raw: string): string {
  const [head = "", ...rest] = raw.split("\r\n\r\n");
  const body = rest.join("\r\n\r\n");
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body, "base64").toString("utf8");
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bytes = body
      .replace(/=\r\n/g, "")
      .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`)
      .replace(/%(?![0-9A-F]{2})/gi, "%25");
    return decodeURIComponent(bytes);
  }
  return body;
}

/** A local SMTP server (the `smtp-server` package) that can refuse the next recipients with a code. */
async function startSmtpServer() {
  const received: Received[] = [];
  const state = { refuse: 0, code: 450 };
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "mailer" && auth.password === "s3cret") callback(null, { user: "mailer" });
      else callback(new Error("bad credentials"));
    },
    onRcptTo(_address, _session, callback) {
      if (state.refuse <= 0) return callback();
      state.refuse--;
      callback(Object.assign(new Error("mailbox unavailable"), { responseCode: state.code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { server, port, received, state };
}

describe(`e-mail over SMTP through the outbox and the job queue (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  let jobs: Jobs;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let channels: Channels;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "qyzmet-mail-"));
  const messageOf = async (id: string) =>
    (await database.db.select().from(outboxMessages).where(eq(outboxMessages.id, id)))[0]!;
  const enqueue = async (recipient: string, subject: string, body: string) => {
    const topic = `test.mail.${crypto.randomUUID()}`;
    await database.db.transaction((tx) =>
      enqueueMessage(tx as never, { channel: "email", recipient, subject, body, topic }),
    );
    const [row] = await database.db.select().from(outboxMessages).where(eq(outboxMessages.topic, topic));
    return row!.id;
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    // The configuration as the server reads it (lib/env.ts): an SMTP URL with credentials and a sender.
    const env = parseEnv({
      DATA_DIR: dataDir,
      SMTP_URL: `smtp://mailer:s3cret@127.0.0.1:${smtp.port}`,
      SMTP_FROM: "Qyzmet <no-reply@qyzmet.test>",
    });
    database = await createTestDatabase();
    channels = createChannels(database.db, env);
    jobs = await startJobs(database, {
      channels,
      relayEveryMs: 200,
      pollingIntervalSeconds: 0.5,
      retryDelaySeconds: 1,
      remindersCron: null,
    });
  });
  afterAll(async () => {
    await jobs?.stop();
    await database?.close();
    await new Promise<void>((resolve) => (smtp ? smtp.server.close(() => resolve()) : resolve()));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("a message on the e-mail channel arrives once, with its body, and is recorded as sent", async () => {
    const recipient = `applicant-${crypto.randomUUID().slice(0, 8)}@mail.qyzmet.test`;
    const body = "Сіздің өтінішіңіз тіркелді: BR-000123. Ваше заявление зарегистрировано.";
    const id = await enqueue(recipient, "Qyzmet: өтініш тіркелді", body);
    await expect.poll(async () => (await messageOf(id)).status, { timeout: 20_000 }).toBe("sent");
    const delivered = smtp.received.filter((mail) => mail.to.includes(recipient));
    expect(delivered).toHaveLength(1);
    expect(delivered[0]!.from).toBe("no-reply@qyzmet.test");
    expect(bodyText(delivered[0]!.raw).trim()).toBe(body);
    expect(await messageOf(id)).toMatchObject({ status: "sent", attempts: 1, lastError: null });
    expect((await messageOf(id)).sentAt).toBeInstanceOf(Date);
    // A second delivery of the same job (a retry after a crash) sends nothing.
    expect(await deliverMessage(database.db, id, channels)).toBe("skipped");
    expect(smtp.received.filter((mail) => mail.to.includes(recipient))).toHaveLength(1);
  });

  it("a refused recipient is a recorded failure without the address, then a retry delivers it", async () => {
    const recipient = `refused-${crypto.randomUUID().slice(0, 8)}@mail.qyzmet.test`;
    smtp.state.refuse = 1;
    smtp.state.code = 450;
    const id = await enqueue(recipient, "Qyzmet", "retry me");
    await expect
      .poll(async () => (await messageOf(id)).status, { timeout: 30_000, interval: 300 })
      .toBe("sent");
    const sent = await messageOf(id);
    expect(sent.attempts).toBe(2);
    expect(sent.lastError).toMatch(/^smtp: .*450/);
    expect(sent.lastError).not.toContain(recipient.split("@")[0]);
    expect(smtp.received.filter((mail) => mail.to.includes(recipient))).toHaveLength(1);
  });

  it("a server that keeps refusing: each attempt recorded, failed after the last, never sent", async () => {
    const recipient = `gone-${crypto.randomUUID().slice(0, 8)}@mail.qyzmet.test`;
    const id = crypto.randomUUID();
    // Queued by hand and delivered directly, so the running worker does not race the attempts.
    await database.db.insert(outboxMessages).values({
      id,
      channel: "email",
      recipient,
      subject: "Qyzmet",
      body: "never",
      topic: `test.mail.${id}`,
      status: "queued",
    });
    smtp.state.refuse = MAX_DELIVERY_ATTEMPTS;
    smtp.state.code = 550;
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      await expect(deliverMessage(database.db, id, channels)).rejects.toThrow(/^smtp: /);
      expect((await messageOf(id)).attempts).toBe(attempt);
    }
    const failed = await messageOf(id);
    expect(failed).toMatchObject({ status: "failed", attempts: MAX_DELIVERY_ATTEMPTS });
    expect(failed.lastError).toMatch(/550/);
    expect(failed.lastError).not.toContain(recipient.split("@")[0]);
    expect(await deliverMessage(database.db, id, channels)).toBe("skipped");
    expect(smtp.received.filter((mail) => mail.to.includes(recipient))).toHaveLength(0);
  });

  it("an unreachable server is a recorded failure too", async () => {
    const closed = await startSmtpServer();
    await new Promise<void>((resolve) => closed.server.close(() => resolve()));
    const unreachable = createChannels(database.db, {
      dataDir,
      smtp: { host: "127.0.0.1", port: closed.port, secure: false, from: "no-reply@qyzmet.test" },
    });
    const id = crypto.randomUUID();
    await database.db.insert(outboxMessages).values({
      id,
      channel: "email",
      recipient: "someone@mail.qyzmet.test",
      subject: "Qyzmet",
      body: "b",
      topic: `test.mail.${id}`,
      status: "queued",
    });
    await expect(deliverMessage(database.db, id, unreachable)).rejects.toThrow(/^smtp: /);
    expect(await messageOf(id)).toMatchObject({ status: "queued", attempts: 1 });
    expect((await messageOf(id)).lastError).toMatch(/^smtp: E[A-Z]+/);
  });
});
