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
  /**
   * Seconds server.mjs keeps an anonymous visitor page (home, services, a service, the statements, the
   * sign-in form) before rendering it again; 0 turns the cache off (lib/net/page-cache.mjs).
   */
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  /**
   * The server secret for signed cookies (remembered devices). Required in production outside demo
   * mode (checked at start); otherwise, when unset, one is generated once and kept in the database.
   */
  APP_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /**
   * E-mail over SMTP when SMTP_URL (smtp://user:pass@host:port, or smtps:// for implicit TLS) or
   * SMTP_HOST is set; otherwise the development log file $DATA_DIR/mail/outbox.log.
   */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^/]+/, "must be an smtp:// or smtps:// URL")
    .optional(),
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** Implicit TLS (port 465); otherwise STARTTLS when the server offers it. */
  SMTP_SECURE: booleanFlag.default(false),
  SMTP_USER: z.string().min(1).optional(),
  SMTP_PASS: z.string().min(1).optional(),
  SMTP_FROM: z
    .string()
    .regex(/^([^<>]*<)?[^\s@<>]+@[^\s@<>]+>?$/, "must be an address, or Name <address>")
    .default("Qyzmet <no-reply@localhost>"),
  /** Where attachment bytes live: a folder under DATA_DIR (one node), a PostgreSQL table, or S3. */
  BLOB_STORE: z.enum(["disk", "postgres", "s3"]).default("disk"),
  S3_ENDPOINT: z.url().optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be an S3 bucket name")
    .optional(),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  /** Path-style URLs (http://host/bucket/key), as most S3-compatible servers want. */
  S3_FORCE_PATH_STYLE: booleanFlag.default(true),
  /**
   * The benchmarks' framework floor (`npm run bench`): /bench-floor (a bare dynamic page) and
   * /bench-floor/json (a bare JSON route) answer only when set; otherwise they are 404.
   */
  BENCH_FLOOR: booleanFlag.default(false),
});

type Parsed = z.infer<typeof schema>;

function configIssues(data: Parsed): string[] {
  const issues: string[] = [];
  if (data.BLOB_STORE === "s3" && !data.S3_BUCKET) issues.push("  S3_BUCKET: required when BLOB_STORE=s3");
  if (!data.S3_ACCESS_KEY_ID !== !data.S3_SECRET_ACCESS_KEY)
    issues.push("  S3_ACCESS_KEY_ID: set together with S3_SECRET_ACCESS_KEY");
  if (data.SMTP_URL && data.SMTP_HOST) issues.push("  SMTP_URL: set SMTP_URL or SMTP_HOST, not both");
  if (!data.SMTP_USER !== !data.SMTP_PASS) issues.push("  SMTP_USER: set together with SMTP_PASS");
  return issues;
}

/** The SMTP server, or null for the development log file. */
function smtpConfig(data: Parsed) {
  if (!data.SMTP_URL && !data.SMTP_HOST) return null;
  const auth = data.SMTP_USER && data.SMTP_PASS ? { user: data.SMTP_USER, pass: data.SMTP_PASS } : undefined;
  return data.SMTP_URL
    ? { url: data.SMTP_URL, from: data.SMTP_FROM }
    : {
        host: data.SMTP_HOST,
        port: data.SMTP_PORT,
        secure: data.SMTP_SECURE,
        auth,
        from: data.SMTP_FROM,
      };
}

function blobStoreConfig(data: Parsed, dataDir: string) {
  if (data.BLOB_STORE === "s3")
    return {
      kind: "s3" as const,
      bucket: data.S3_BUCKET!,
      endpoint: data.S3_ENDPOINT,
      region: data.S3_REGION,
      forcePathStyle: data.S3_FORCE_PATH_STYLE,
      credentials:
        data.S3_ACCESS_KEY_ID && data.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: data.S3_ACCESS_KEY_ID, secretAccessKey: data.S3_SECRET_ACCESS_KEY }
          : undefined,
    };
  if (data.BLOB_STORE === "postgres") return { kind: "postgres" as const };
  return { kind: "disk" as const, root: path.join(/*turbopackIgnore: true*/ dataDir, "blobs") };
}

export type Env = Parsed & {
  pgliteDataDir: string;
  dataDir: string;
  smtp: ReturnType<typeof smtpConfig>;
  blobStore: ReturnType<typeof blobStoreConfig>;
};

export function parseEnv(source: Record<string, string | undefined>): Env {
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const issues = configIssues(result.data);
  if (issues.length) throw new Error(`Invalid configuration:\n${issues.join("\n")}`);
  const dataDir = path.resolve(/*turbopackIgnore: true*/ result.data.DATA_DIR);
  return {
    ...result.data,
    dataDir,
    smtp: smtpConfig(result.data),
    blobStore: blobStoreConfig(result.data, dataDir),
    pgliteDataDir: path.resolve(
      /*turbopackIgnore: true*/ result.data.PGLITE_DATA_DIR ?? path.join(dataDir, "pglite"),
    ),
  };
}

export const env: Env = parseEnv(process.env);
