import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/connect";
import type { Channels, MessageChannel } from "./outbox";
import { createOutboxSms } from "./sms";

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

/** The SMS adapter is the demo outbox (shown at /demo/sms); a real gateway would replace it here. */
export function createChannels(db: Db, dataDir: string): Channels {
  const sms = createOutboxSms(db);
  return {
    sms: { send: (message) => sms.send(message.recipient, message.body) },
    email: createLogMail(path.join(/*turbopackIgnore: true*/ dataDir, "mail", "outbox.log")),
  };
}
