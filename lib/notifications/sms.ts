import type { Db } from "@/lib/db/connect";
import { smsOutbox } from "@/lib/db/schema";
import { desc } from "drizzle-orm";

/** The SMS gateway port. The default adapter writes to an outbox table that the demo page shows. */
export interface SmsSender {
  send(phone: string, body: string): Promise<void>;
}

export function createOutboxSms(db: Db): SmsSender {
  return {
    async send(phone, body) {
      await db.insert(smsOutbox).values({ id: crypto.randomUUID(), phone, body });
    },
  };
}

export async function listOutbox(db: Db, limit = 20) {
  return db.select().from(smsOutbox).orderBy(desc(smsOutbox.createdAt)).limit(limit);
}
