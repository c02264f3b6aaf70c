import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { seedDatabase } from "@/lib/seed";
import { runEdsCli } from "@/lib/eds/cli";
import { makeIin } from "@/lib/iin";
import { openKeyFile } from "@/lib/eds/sign-cms";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import { createTestDatabase } from "../support/test-database";

const person = buildPopulation().people[3]!;

describe(`EDS command-line tool (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  const lines: string[] = [];
  const run = (...args: string[]) =>
    runEdsCli(args, { db: database.db, crlUrl: "http://127.0.0.1/crl", print: (line) => lines.push(line) });
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "qyzmet-cli-"));

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db);
  });
  afterAll(async () => {
    await database?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it("issues a key file for an IIN, lists it, revokes it", async () => {
    expect(
      await run("issue", person.iin, "--kind", "sign", "--password", "operator-1", "--out", folder),
    ).toBe(0);
    const [file] = fs.readdirSync(folder);
    expect(file).toMatch(/^RSA256_[0-9a-f]+\.p12$/);
    expect(
      openKeyFile(new Uint8Array(fs.readFileSync(path.join(folder, file!))), "operator-1").info.iin,
    ).toBe(person.iin);
    const serial = file!.slice("RSA256_".length, -".p12".length);
    lines.length = 0;
    expect(await run("list", person.iin)).toBe(0);
    expect(lines).toEqual([expect.stringMatching(new RegExp(`^${serial}\\tsign\\t.*\\tactive$`))]);
    expect(await run("revoke", serial)).toBe(0);
    expect(await run("revoke", serial)).toBe(1);
    lines.length = 0;
    await run("list", person.iin);
    expect(lines[0]).toMatch(/\trevoked$/);
  });

  it("refuses bad arguments and unknown people", async () => {
    expect(await run("issue", "123", "--kind", "sign", "--password", "operator-1")).toBe(2);
    expect(await run("issue", person.iin, "--kind", "other", "--password", "operator-1")).toBe(2);
    expect(await run("frobnicate")).toBe(2);
    expect(
      await run("issue", makeIin("2001-01-01", "male", 9990), "--kind", "sign", "--password", "operator-1"),
    ).toBe(1);
  });
});
