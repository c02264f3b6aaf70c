import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";

export type Health = { status: "ok" | "error"; db: "ok" | "unreachable" };

/** Asks the database for one row, with a time limit; any failure means it is unreachable. */
export async function checkHealth(getDb: () => Promise<Db>, timeoutMs = 2000): Promise<Health> {
  try {
    const probe = getDb().then((db) => db.execute(sql`select 1 as ok`));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("timeout")), timeoutMs);
    });
    await Promise.race([probe, timeout]).finally(() => clearTimeout(timer));
    return { status: "ok", db: "ok" };
  } catch {
    return { status: "error", db: "unreachable" };
  }
}
