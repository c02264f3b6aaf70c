import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults to an embedded database in the data folder", () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.pgliteDataDir).toBe(path.resolve(".data/pglite"));
    expect(env.SEED_ON_START).toBe(true);
  });

  it("is production by default: demo mode is off unless DEMO_MODE is set", () => {
    expect(parseEnv({}).DEMO_MODE).toBe(false);
    expect(parseEnv({ DEMO_MODE: "true" }).DEMO_MODE).toBe(true);
  });

  it("accepts a PostgreSQL URL and flags", () => {
    const env = parseEnv({
      DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/test",
      SEED_ON_START: "false",
    });
    expect(env.DATABASE_URL).toBe("postgresql://postgres@127.0.0.1:5432/test");
    expect(env.SEED_ON_START).toBe(false);
  });

  it("fails with a message naming each bad variable", () => {
    expect(() => parseEnv({ DATABASE_URL: "mysql://x", SEED_ON_START: "maybe" })).toThrowError(
      /DATABASE_URL: must be a postgres[\s\S]*SEED_ON_START/,
    );
  });

  it("reads TRUSTED_PROXIES as a list of IPs and CIDRs, none by default, and refuses anything else", () => {
    expect(parseEnv({}).TRUSTED_PROXIES).toEqual([]);
    expect(parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, 192.168.1.1,fd00::/8" }).TRUSTED_PROXIES).toEqual([
      "10.0.0.0/8",
      "192.168.1.1",
      "fd00::/8",
    ]);
    for (const bad of ["proxy.example", "10.0.0.0/33", "10.0.0.0/8/1", "::1/129", "*"])
      expect(() => parseEnv({ TRUSTED_PROXIES: bad })).toThrowError(/TRUSTED_PROXIES/);
  });

  it("e-mail: the log file unless SMTP_URL or SMTP_HOST names a server", () => {
    expect(parseEnv({}).smtp).toBeNull();
    expect(parseEnv({ SMTP_URL: "smtps://u:p@mail.qyzmet.test:465" }).smtp).toEqual({
      url: "smtps://u:p@mail.qyzmet.test:465",
      from: "Qyzmet <no-reply@localhost>",
    });
    const host = parseEnv({ SMTP_HOST: "mail", SMTP_USER: "u", SMTP_PASS: "p", SMTP_FROM: "a@b.kz" });
    expect(host.smtp).toEqual({
      host: "mail",
      port: 587,
      secure: false,
      auth: { user: "u", pass: "p" },
      from: "a@b.kz",
    });
    for (const bad of [{ SMTP_URL: "http://x" }, { SMTP_PORT: "70000" }, { SMTP_FROM: "nobody" }])
      expect(() => parseEnv(bad)).toThrowError(/SMTP_/);
    expect(() => parseEnv({ SMTP_HOST: "mail", SMTP_USER: "u" })).toThrowError(/SMTP_USER/);
  });

  it("blob store: disk under DATA_DIR by default, PostgreSQL, or S3 with a bucket", () => {
    expect(parseEnv({}).blobStore).toEqual({ kind: "disk", root: path.resolve(".data/blobs") });
    expect(parseEnv({ BLOB_STORE: "postgres" }).blobStore).toEqual({ kind: "postgres" });
    const s3 = {
      BLOB_STORE: "s3",
      S3_BUCKET: "qyzmet-blobs",
      S3_ENDPOINT: "http://127.0.0.1:9000",
      S3_ACCESS_KEY_ID: "id",
      S3_SECRET_ACCESS_KEY: "secret",
    };
    expect(parseEnv(s3).blobStore).toEqual({
      kind: "s3",
      bucket: "qyzmet-blobs",
      endpoint: "http://127.0.0.1:9000",
      region: "us-east-1",
      forcePathStyle: true,
      credentials: { accessKeyId: "id", secretAccessKey: "secret" },
    });
    expect(() => parseEnv({ BLOB_STORE: "s3" })).toThrowError(/S3_BUCKET: required/);
    expect(() => parseEnv({ BLOB_STORE: "nfs" })).toThrowError(/BLOB_STORE/);
    expect(() => parseEnv({ ...s3, S3_SECRET_ACCESS_KEY: undefined })).toThrowError(/S3_ACCESS_KEY_ID/);
  });
});
