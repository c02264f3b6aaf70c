import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changeStaffPassword } from "@/lib/auth/change-staff-password";
import { findStaffSession, signInStaff } from "@/lib/auth/staff-auth";
import { sha256 } from "@/lib/auth/tokens";
import type { Database } from "@/lib/db/connect";
import { providers, staff, staffSessions, users } from "@/lib/db/schema";
import { runStaffCli } from "@/lib/office/staff-cli";
import { seedDatabase } from "@/lib/seed";
import { demoPasswordRefusal, findDemoPasswords } from "@/lib/seed/demo-passwords";
import { errorCode } from "../support/error-code";
import { createTestDatabase } from "../support/test-database";

const production = { production: true, demo: false };

const suiteTitle =
  `production defaults: no demo accounts, staff from the operator's command ` +
  `(${process.env.TEST_DATABASE})`;
describe(suiteTitle, () => {
  let database: Database;
  const lines: string[] = [];
  const run = (...args: string[]) =>
    runStaffCli(args, { db: database.db, print: (line) => lines.push(line) });
  const printedPassword = () => /one-time password(?: for \S+)?: (\S+)/.exec(lines.join("\n"))![1]!;
  let client = 0;
  const signIn = (login: string, password: string) =>
    signInStaff({ db: database.db, input: { login, password }, client: `10.0.0.${++client}` });

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, { demo: false });
  });
  afterAll(async () => {
    await database?.close();
  });

  const seedTitle =
    "the seed without demo mode makes no accounts: no applicants, no staff; state data and offices are there";
  it(seedTitle, async () => {
    expect(await database.db.select().from(users)).toHaveLength(0);
    expect(await database.db.select().from(staff)).toHaveLength(0);
    expect((await database.db.select().from(providers)).map((row) => row.id)).toEqual(
      expect.arrayContaining(["cr-1", "ed-1", "sc-1"]),
    );
    expect(await errorCode(signIn("cr-1-clerk", "qyzmet-staff-2026"))).toBe("invalid_credentials");
    expect(await findDemoPasswords(database.db)).toEqual({ staffLogins: [], applicants: 0 });
    expect(demoPasswordRefusal(production, await findDemoPasswords(database.db))).toBeNull();
  });

  const addTitle =
    "`staff add` prints a one-time password that must be changed at first sign-in; " +
    "then the member's own works";
  it(addTitle, async () => {
    expect(await run("add", "--provider", "cr-1", "--role", "operator")).toBe(2);
    expect(await run("add", "--provider", "nowhere", "--role", "clerk")).toBe(2);
    expect(await run("add", "--provider", "cr-1", "--role", "janitor")).toBe(2);
    expect(await database.db.select().from(staff)).toHaveLength(0);
    lines.length = 0;
    expect(await run("add", "--provider", "cr-1", "--role", "clerk", "--login", "aliya.k")).toBe(0);
    const oneTime = printedPassword();
    expect(oneTime).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    expect(await run("add", "--provider", "cr-1", "--role", "clerk", "--login", "aliya.k")).toBe(2);
    const [row] = await database.db.select().from(staff).where(eq(staff.login, "aliya.k"));
    expect(row).toMatchObject({
      providerId: "cr-1",
      role: "clerk",
      mustChangePassword: true,
      disabled: false,
    });
    expect(row!.passwordHash).not.toContain(oneTime);

    const first = await signIn("aliya.k", oneTime);
    expect(first.mustChangePassword).toBe(true);
    expect(await findStaffSession(database.db, first.token)).toMatchObject({ mustChangePassword: true });
    const change = (currentPassword: string, newPassword: string) =>
      errorCode(
        changeStaffPassword({
          db: database.db,
          staffId: row!.id,
          keepTokenHash: sha256(first.token),
          input: { currentPassword, newPassword },
        }),
        true,
      );
    expect(await change("wrong password", "a brand new passphrase")).toBe(
      `validation:${JSON.stringify({ currentPassword: "password.currentWrong" })}`,
    );
    expect(await change(oneTime, oneTime)).toBe(
      `validation:${JSON.stringify({ newPassword: "password.sameAsCurrent" })}`,
    );
    expect(await change(oneTime, "qyzmet-staff-2026")).toBe(
      `validation:${JSON.stringify({ newPassword: "password.common" })}`,
    );
    expect(await change(oneTime, "a brand new passphrase")).toBe("ok");
    expect(await findStaffSession(database.db, first.token)).toMatchObject({ mustChangePassword: false });
    expect(await errorCode(signIn("aliya.k", oneTime))).toBe("invalid_credentials");
    expect((await signIn("aliya.k", "a brand new passphrase")).mustChangePassword).toBe(false);
    // Staff can change their password again any time.
    expect(await change("a brand new passphrase", "another long passphrase")).toBe("ok");
  });

  const resetTitle =
    "`reset-password` gives a new one-time password and ends sessions; `disable` stops sign-in";
  it(resetTitle, async () => {
    const session = await signIn("aliya.k", "another long passphrase");
    lines.length = 0;
    expect(await run("reset-password", "aliya.k")).toBe(0);
    const again = printedPassword();
    expect(await findStaffSession(database.db, session.token)).toBeNull();
    expect((await signIn("aliya.k", again)).mustChangePassword).toBe(true);
    expect(await run("reset-password", "nobody")).toBe(1);
    lines.length = 0;
    expect(await run("list")).toBe(0);
    expect(lines).toEqual(["aliya.k\tcr-1\tclerk\tmust change password"]);
    expect(await run("disable", "aliya.k")).toBe(0);
    expect(await database.db.select().from(staffSessions)).toHaveLength(0);
    expect(await errorCode(signIn("aliya.k", again))).toBe("invalid_credentials");
    // Default logins are not the old predictable `<provider>-<role>`.
    lines.length = 0;
    expect(await run("add", "--provider", "sc-1", "--role", "operator")).toBe(0);
    expect(lines[0]).toMatch(/^created sc-1-operator-\d{4}$/);
  });

  it("refuses a production start while a README demo password is on any account", async () => {
    await seedDatabase(database.db, { demo: true });
    const found = await findDemoPasswords(database.db);
    expect(found.staffLogins).toEqual(expect.arrayContaining(["cr-1-clerk", "cr-1-head", "sc-1-operator"]));
    expect(found.applicants).toBe(4);
    const refusal = demoPasswordRefusal(production, found);
    expect(refusal).toMatch(/^Refusing to start: NODE_ENV=production without DEMO_MODE/);
    expect(refusal).toContain("cr-1-clerk");
    expect(refusal).not.toMatch(/\d{12}/);
    expect(demoPasswordRefusal({ production: true, demo: true }, found)).toBeNull();
    expect(demoPasswordRefusal({ production: false, demo: false }, found)).toBeNull();
    for (const login of found.staffLogins) expect(await run("reset-password", login)).toBe(0);
    await database.db.delete(users);
    expect(demoPasswordRefusal(production, await findDemoPasswords(database.db))).toBeNull();
  });
});
