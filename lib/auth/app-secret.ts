import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { appSecrets } from "@/lib/db/schema";
import { env } from "@/lib/env";

const SECRET_NAME = "cookie-hmac";
const cached = new WeakMap<Db, Promise<string>>();

/**
 * The key for signed cookies. `APP_SECRET` when configured (required in production outside demo
 * mode, see `missingAppSecret`); otherwise a random one generated on first use and kept in the
 * database, so several server processes on one database agree and a restart keeps devices.
 */
export function appSecret(db: Db, configured = env.APP_SECRET): Promise<string> {
  if (configured) return Promise.resolve(configured);
  let secret = cached.get(db);
  if (!secret) {
    secret = storedSecret(db);
    cached.set(db, secret);
    secret.catch(() => cached.delete(db));
  }
  return secret;
}

async function storedSecret(db: Db): Promise<string> {
  await db
    .insert(appSecrets)
    .values({ name: SECRET_NAME, value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(appSecrets).where(eq(appSecrets.name, SECRET_NAME));
  if (!row) throw new Error("app secret missing");
  return row.value;
}

/** True when this configuration must not start: production, no demo, and no configured secret. */
export function missingAppSecret(config: Pick<typeof env, "NODE_ENV" | "DEMO_MODE" | "APP_SECRET">) {
  return config.NODE_ENV === "production" && !config.DEMO_MODE && !config.APP_SECRET;
}
