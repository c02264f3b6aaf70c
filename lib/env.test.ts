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
});
