import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/connect";
import type { Channels, MessageChannel } from "./outbox";
import { createOutboxSms } from "./sms";
import { createSmtpMail, type SmtpConfig } from "./smtp";

/** The development e-mail adapter: one JSON line per message in a mailbox log under DATA_DIR. */
export function createLogMail(file: string): MessageChannel {
  return {
    async send(message) {
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      const entry = {
        at: new Date().toISOString(),
        to: message.recipient,
        subject: message.subject,
        body: message.body,
      };
      await fs.promises.appendFile(file, `${JSON.stringify(entry)}\n`);
    },
  };
}

/**
 * The SMS adapter is the demo outbox (shown at /demo/sms); a real gateway would replace it here.
 * E-mail goes over SMTP when a server is configured (SMTP_URL or SMTP_HOST), else to the log file.
 */
export function createChannels(db: Db, config: { dataDir: string; smtp: SmtpConfig | null }): Channels {
  return {
    // The demo outbox is a table: the SMS is written in the delivery's own transaction.
    sms: {
      inDatabase: true,
      send: (message, tx) => createOutboxSms(tx ?? db).send(message.recipient, message.body),
    },
    email: config.smtp
      ? createSmtpMail(config.smtp)
      : createLogMail(path.join(/*turbopackIgnore: true*/ config.dataDir, "mail", "outbox.log")),
  };
}
