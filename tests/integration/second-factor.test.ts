import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { certificates, notifications, outboxMessages, sessions, users } from "@/lib/db/schema";
import { seedDatabase } from "@/lib/seed";
import { createEdsChallenge, signInWithEds } from "@/lib/auth/eds-sign-in";
import { issueKeyWithCode } from "@/lib/auth/issue-key";
import { hashPassword } from "@/lib/auth/passwords";
import { changePassword, confirmPasswordReset, startPasswordReset } from "@/lib/auth/passwords-change";
import { confirmSignIn } from "@/lib/auth/second-factor";
import { findSession } from "@/lib/auth/sessions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { startKeyIssue } from "@/lib/auth/start-key-issue";
import { forgetTrustedDevices, listTrustedDevices } from "@/lib/auth/trusted-devices";
import { x509 } from "@/lib/eds/algorithms";
import { issueCertificate } from "@/lib/eds/issue-certificate";
import { buildCrl } from "@/lib/eds/revocation";
import { openKeyFile, signDetached } from "@/lib/eds/sign-cms";
import { AppError } from "@/lib/errors";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import { recordingSms, signInWithCode } from "../support/sign-in-with-code";
import { createTestDatabase } from "../support/test-database";

const people = buildPopulation().people.filter((person) => person.phone && person.birthDate < "2000-01-01");
const PASSWORD = "екінші фактор 2026";
const CRL = "http://127.0.0.1/crl";
const HOUR = 3600 * 1000;

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, fields: error.fieldErrors };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe(`second factor, remembered devices and key issue (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  const accounts = new Map<string, string>();
  const account = async (index: number) => {
    const person = people[index]!;
    if (!accounts.has(person.iin)) {
      const id = crypto.randomUUID();
      await database.db
        .insert(users)
        .values({ id, iin: person.iin, phone: person.phone!, passwordHash: await hashPassword(PASSWORD) });
      accounts.set(person.iin, id);
    }
    return { ...person, userId: accounts.get(person.iin)! };
  };
  const sessionCount = async (userId: string) =>
    (await database.db.select().from(sessions).where(eq(sessions.userId, userId))).length;
  const holder = (person: (typeof people)[number]) => ({
    iin: person.iin,
    surname: person.surname,
    givenName: person.givenName,
    patronymic: person.patronymic ?? null,
  });
  const edsSignIn = async (pkcs12: Uint8Array) => {
    const { challenge } = await createEdsChallenge(database.db);
    const cms = signDetached(openKeyFile(pkcs12, "key-password"), new TextEncoder().encode(challenge));
    return signInWithEds({ db: database.db, input: { challenge, cms } });
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("a correct password opens no session: the SMS code to the state-database phone does", async () => {
    const person = await account(0);
    const sms = recordingSms();
    const first = await signInWithPassword({
      db: database.db,
      input: { iin: person.iin, password: PASSWORD },
      client: "10.1.0.1",
      sms,
      locale: "en",
    });
    expect(first).toEqual({ step: "code", confirmationId: expect.stringMatching(/[0-9a-f-]{36}/) });
    expect(await sessionCount(person.userId)).toBe(0);
    expect(sms.sent).toEqual([{ phone: person.phone, body: expect.stringMatching(/sign-in code is \d{6}/) }]);
    const confirmationId = first.step === "code" ? first.confirmationId : "";
    const code = sms.lastCode();
    const wrong = code === "000000" ? "111111" : "000000";
    expect(
      await refusal(
        confirmSignIn({
          db: database.db,
          input: { confirmationId, code: wrong },
          client: "10.1.0.9",
          userAgentDescription: null,
        }),
      ),
    ).toMatchObject({ code: "validation", fields: { code: "code.wrong" } });
    expect(await sessionCount(person.userId)).toBe(0);
    const session = await confirmSignIn({
      db: database.db,
      input: { confirmationId, code },
      client: "10.1.0.9",
      userAgentDescription: null,
    });
    expect((await findSession(database.db, session.token))?.iin).toBe(person.iin);
    expect(session.device).toBeNull();
    expect(
      await refusal(
        confirmSignIn({
          db: database.db,
          input: { confirmationId, code },
          client: "10.1.0.9",
          userAgentDescription: null,
        }),
      ),
    ).toMatchObject({ fields: { code: "code.expired" } });
  }, 30_000);

  it("a wrong password and an unknown IIN get the same refusal, and no code is sent", async () => {
    const person = await account(1);
    const sms = recordingSms();
    const attempt = (iin: string, password: string) =>
      refusal(
        signInWithPassword({
          db: database.db,
          input: { iin, password },
          client: "10.1.0.2",
          sms,
          locale: "kk",
        }),
      );
    const wrong = await attempt(person.iin, "not the password");
    const unknown = await attempt(people.at(-1)!.iin, PASSWORD);
    expect(wrong).toEqual(unknown);
    expect(wrong.code).toBe("invalid_credentials");
    expect(sms.sent).toEqual([]);
  }, 30_000);

  it("a remembered device skips the code; a forged, foreign or forgotten one does not", async () => {
    const owner = await account(2);
    const other = await account(3);
    const remembered = await signInWithCode(
      database.db,
      { iin: owner.iin, password: PASSWORD, client: "10.1.0.3" },
      { remember: true },
    );
    const cookie = remembered.device?.cookie ?? "";
    expect(cookie).toMatch(/^[0-9a-f-]{36}\.[\w-]{43}$/);
    expect(await listTrustedDevices(database.db, owner.userId)).toEqual([
      expect.objectContaining({ description: "Firefox · Linux" }),
    ]);

    // Each sign-in here may send a code, and a phone gets 3 an hour: every try is an hour apart.
    let hours = 0;
    const later = () => new Date(Date.now() + ++hours * 60 * 60 * 1000);
    const again = async (iin: string, deviceCookie: string) => {
      const sms = recordingSms();
      const result = await signInWithPassword({
        db: database.db,
        input: { iin, password: PASSWORD },
        client: "10.1.0.3",
        sms,
        locale: "kk",
        deviceCookie,
        now: later(),
      });
      return { step: result.step, smsSent: sms.sent.length };
    };
    expect(await again(owner.iin, cookie)).toEqual({ step: "session", smsSent: 0 });

    const [id, mac] = cookie.split(".");
    const tampered = `${id}.${mac!.slice(0, -2)}${mac!.endsWith("AA") ? "BB" : "AA"}`;
    expect(await again(owner.iin, tampered)).toEqual({ step: "code", smsSent: 1 });
    expect(await again(owner.iin, `${crypto.randomUUID()}.${mac}`)).toEqual({ step: "code", smsSent: 1 });
    expect(await again(other.iin, cookie)).toEqual({ step: "code", smsSent: 1 });

    expect(await forgetTrustedDevices(database.db, other.userId, id)).toBe(false);
    expect(await again(owner.iin, cookie)).toEqual({ step: "session", smsSent: 0 });
    expect(await forgetTrustedDevices(database.db, owner.userId, id)).toBe(true);
    expect(await again(owner.iin, cookie)).toEqual({ step: "code", smsSent: 1 });

    const next = await signInWithCode(
      database.db,
      { iin: owner.iin, password: PASSWORD, client: "10.1.0.3", now: later() },
      { remember: true },
    );
    const current = (await findSession(database.db, next.token))!;
    await changePassword({
      db: database.db,
      userId: owner.userId,
      keepTokenHash: current.tokenHash,
      input: { currentPassword: PASSWORD, newPassword: "another long password" },
    });
    expect(await listTrustedDevices(database.db, owner.userId)).toEqual([]);
  }, 60_000);

  it("a key needs the password and the code, not a session alone; the owner is told", async () => {
    const person = await account(4);
    const other = await account(5);
    const origin = { from: "203.0.113.x", device: "Chrome · Android" };
    const issue = (input: object, userId = person.userId) =>
      issueKeyWithCode({ db: database.db, userId, input, crlUrl: CRL, origin });
    const keyFields = { kind: "auth", password: "key-password" };

    // A stolen session: no confirmation at all.
    expect(
      await refusal(issue({ ...keyFields, confirmationId: crypto.randomUUID(), code: "123456" })),
    ).toMatchObject({ code: "validation", fields: { code: "code.expired" } });
    expect(await issue({ ...keyFields }).catch((error: unknown) => error)).toBeInstanceOf(AppError);

    // The password is asked again; a wrong one sends nothing.
    const sms = recordingSms();
    const start = (accountPassword: string, userId = person.userId) =>
      startKeyIssue({
        db: database.db,
        sms,
        userId,
        input: { kind: "auth", accountPassword },
        locale: "ru",
      });
    expect(await refusal(start("guessed password"))).toMatchObject({
      fields: { accountPassword: "password.currentWrong" },
    });
    expect(sms.sent).toEqual([]);

    // The password without the code.
    const { confirmationId } = await start(PASSWORD);
    expect(sms.sent).toEqual([{ phone: person.phone, body: expect.stringContaining("ключа ЭЦП") }]);
    const code = sms.lastCode();
    expect(
      await refusal(issue({ ...keyFields, confirmationId, code: code === "000000" ? "111111" : "000000" })),
    ).toMatchObject({ fields: { code: "code.wrong" } });
    // Someone else's session with this code.
    expect(await refusal(issue({ ...keyFields, confirmationId, code }, other.userId))).toMatchObject({
      fields: { code: "code.expired" },
    });
    expect(await database.db.select().from(certificates).where(eq(certificates.iin, person.iin))).toEqual([]);

    // Password and code: the key, where it was asked for, and the owner's notification and SMS.
    const second = await start(PASSWORD);
    const key = await issue({ ...keyFields, confirmationId: second.confirmationId, code: sms.lastCode() });
    expect(key.fileName).toMatch(/^AUTH_RSA256_[0-9a-f]+\.p12$/);
    const [row] = await database.db.select().from(certificates).where(eq(certificates.serial, key.serial));
    expect(row).toMatchObject({ iin: person.iin, kind: "auth", issuedFrom: "203.0.113.x" });
    expect(row?.issuedDevice).toBe("Chrome · Android");
    const [notice] = await database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, person.userId), eq(notifications.kind, "keyIssued")));
    expect(notice?.body).toContain("AUTH");
    expect(notice?.body).toContain("Chrome · Android");
    const [message] = await database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.topic, "notification.keyIssued"));
    expect(message).toMatchObject({ channel: "sms", recipient: person.phone });
  }, 60_000);

  it("a password reset revokes keys of the last 24 hours, ends sessions and forgets devices", async () => {
    const person = await account(6);
    const recent = await issueCertificate({
      db: database.db,
      holder: holder(person),
      kind: "auth",
      password: "key-password",
      crlUrl: CRL,
    });
    const older = await issueCertificate({
      db: database.db,
      holder: holder(person),
      kind: "auth",
      password: "key-password",
      crlUrl: CRL,
    });
    const now = Date.now();
    await database.db
      .update(certificates)
      .set({ issuedAt: new Date(now - HOUR) })
      .where(eq(certificates.serial, recent.serial));
    await database.db
      .update(certificates)
      .set({ issuedAt: new Date(now - 25 * HOUR) })
      .where(eq(certificates.serial, older.serial));
    expect((await edsSignIn(recent.pkcs12)).userId).toBe(person.userId);
    const signedIn = await signInWithCode(
      database.db,
      { iin: person.iin, password: PASSWORD, client: "10.1.0.6" },
      { remember: true },
    );

    const sms = recordingSms();
    const { confirmationId } = await startPasswordReset({
      db: database.db,
      sms,
      input: { iin: person.iin, phone: person.phone },
      locale: "en",
      client: "10.1.0.7",
    });
    await confirmPasswordReset({
      db: database.db,
      input: { confirmationId, code: sms.lastCode(), password: "a new reset password" },
      client: "10.1.0.7",
    });

    expect(await refusal(edsSignIn(recent.pkcs12))).toMatchObject({ code: "eds_revoked" });
    expect((await edsSignIn(older.pkcs12)).userId).toBe(person.userId);
    const crl = new x509.X509Crl(await buildCrl(database.db));
    const revokedSerials = (crl.entries ?? []).map((entry) => entry.serialNumber.toLowerCase());
    expect(revokedSerials).toContain(recent.serial);
    expect(revokedSerials).not.toContain(older.serial);
    expect(await findSession(database.db, signedIn.token)).toBeNull();
    expect(await listTrustedDevices(database.db, person.userId)).toEqual([]);
    const after = await signInWithPassword({
      db: database.db,
      input: { iin: person.iin, password: "a new reset password" },
      client: "10.1.0.6",
      sms: recordingSms(),
      locale: "en",
      deviceCookie: signedIn.device?.cookie,
    });
    expect(after.step).toBe("code");
  }, 60_000);
});
