import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";

/**
 * The one place that reads process.env. Everything else imports `env`.
 * Bad configuration fails fast with a message naming each bad variable.
 */
const booleanFlag = z
  .enum(["true", "false", "1", "0"])
  .transform((value) => value === "true" || value === "1");

/** One IP or CIDR (a.b.c.d/n, or IPv6/n), or one of proxy-addr's names for address ranges. */
function isProxyEntry(entry: string): boolean {
  if (["loopback", "linklocal", "uniquelocal"].includes(entry)) return true;
  const [address = "", prefix, ...rest] = entry.split("/");
  const version = isIP(address);
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL")
    .optional(),
  DATA_DIR: z.string().min(1).default(".data"),
  PGLITE_DATA_DIR: z.string().min(1).optional(),
  SEED_ON_START: booleanFlag.default(true),
  /**
   * Demo features: demo accounts, key files and staff passwords at seed time, the SMS outbox page and a
   * banner on every page. Off unless set: production is the default.
   */
  DEMO_MODE: booleanFlag.default(false),
  APP_ORIGIN: z.url().default("http://localhost:3000"),
  /** Run the background jobs (outbox delivery, reminders) in this server process. */
  JOBS_ENABLED: booleanFlag.default(true),
  /**
   * Proxies in front whose X-Forwarded-For may be believed (comma-separated IPs or CIDRs). Unset: the
   * client address is the socket's. server.mjs compiles the same list with proxy-addr.
   */
  TRUSTED_PROXIES: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .refine((entries) => entries.every(isProxyEntry), "must be comma-separated IP addresses or CIDRs")
    .default([]),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /**
   * The server secret for signed cookies (remembered devices). Required in production outside demo
   * mode (checked at start); otherwise, when unset, one is generated once and kept in the database.
   */
  APP_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
});

export type Env = z.infer<typeof schema> & { pgliteDataDir: string; dataDir: string };

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const dataDir = path.resolve(/*turbopackIgnore: true*/ result.data.DATA_DIR);
  return {
    ...result.data,
    dataDir,
    pgliteDataDir: path.resolve(
      /*turbopackIgnore: true*/ result.data.PGLITE_DATA_DIR ?? path.join(dataDir, "pglite"),
    ),
  };
}

export const env: Env = parseEnv(process.env);
