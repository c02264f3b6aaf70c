import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { seedDatabase } from "@/lib/seed";
import { createEdsChallenge, signInWithEds } from "@/lib/auth/eds-sign-in";
import { changePassword, confirmPasswordReset, startPasswordReset } from "@/lib/auth/passwords-change";
import { confirmRegistration, startRegistration } from "@/lib/auth/register";
import { findSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "@/lib/auth/sessions";
import { notifications } from "@/lib/db/schema";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { issueCertificate } from "@/lib/eds/issue-certificate";
import { openKeyFile, signDetached } from "@/lib/eds/sign-cms";
import { AppError } from "@/lib/errors";
import { createOutboxSms, listOutbox } from "@/lib/notifications/sms";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import { recordingSms, signInWithCode } from "../support/sign-in-with-code";
import { createTestDatabase } from "../support/test-database";

const people = buildPopulation().people.filter((person) => person.phone);
const PASSWORD = "Жаңа құпиясөз 2026";

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError)
      return { code: error.code, fields: error.fieldErrors, retryAfter: error.retryAfterSeconds };
    throw error;
  }
  throw new Error("expected a refusal");
}

describe(`accounts and sessions (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  const lastCode = async (phone: string) => {
    const [message] = (await listOutbox(database.db, 50)).filter((row) => row.phone === phone);
    return message?.body.match(/\d{6}/)?.[0] ?? null;
  };
  const register = async (person: (typeof people)[number], password = PASSWORD) => {
    const sms = createOutboxSms(database.db);
    const { confirmationId } = await startRegistration({
      db: database.db,
      sms,
      input: { iin: person.iin, phone: person.phone, password },
      locale: "kk",
      client: "10.0.0.10",
    });
    const code = await lastCode(person.phone!);
    return confirmRegistration({
      db: database.db,
      input: { confirmationId, code },
      locale: "kk",
      client: "10.0.0.10",
    });
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("registers a person from the state database after the SMS code", async () => {
    const { userId } = await register(people[0]!);
    expect(userId).toMatch(/[0-9a-f-]{36}/);
    expect(await lastCode(people[0]!.phone!)).toMatch(/^\d{6}$/);
  }, 30_000);

  it("answers the same for a phone that does not match, and sends it nothing", async () => {
    const sms = createOutboxSms(database.db);
    const before = (await listOutbox(database.db, 500)).length;
    const result = await startRegistration({
      db: database.db,
      sms,
      input: { iin: people[1]!.iin, phone: "+77770000000", password: PASSWORD },
      locale: "ru",
      client: "10.0.0.11",
    });
    expect(result).toEqual({ confirmationId: expect.stringMatching(/[0-9a-f-]{36}/) });
    expect((await listOutbox(database.db, 500)).length).toBe(before);
    expect(
      await refusal(
        confirmRegistration({
          db: database.db,
          input: { confirmationId: result.confirmationId, code: "000000" },
          locale: "ru",
          client: "10.0.0.11",
        }),
      ),
    ).toMatchObject({
      code: "validation",
      fields: { code: "code.wrong" },
    });
  });

  it("rejects malformed IINs, weak and common passwords with field messages", async () => {
    const sms = createOutboxSms(database.db);
    const start = (input: object) =>
      startRegistration({ db: database.db, sms, input, locale: "en", client: "10.0.0.12" });
    expect(
      (await refusal(start({ iin: "12345", phone: "+77011234567", password: PASSWORD }))).fields,
    ).toMatchObject({ iin: "iin.length" });
    expect(
      (await refusal(start({ iin: people[2]!.iin, phone: "+77011234567", password: "short" }))).fields,
    ).toMatchObject({ password: "password.tooShort" });
    expect(
      (await refusal(start({ iin: people[2]!.iin, phone: "+77011234567", password: "password1" }))).fields,
    ).toMatchObject({ password: "password.common" });
  });

  it("signs in with the right pair only, with one generic refusal", async () => {
    const person = people[0]!;
    const ok = await signInWithCode(database.db, { iin: person.iin, password: PASSWORD, client: "10.0.0.1" });
    const found = await findSession(database.db, ok.token);
    expect(found?.iin).toBe(person.iin);
    // The header's unread count comes with the session: the notifications not yet read.
    expect(found?.unread).toBe(0);
    const note = { kind: "test", title: "t", body: "b" };
    await database.db.insert(notifications).values([
      { ...note, id: crypto.randomUUID(), userId: found!.userId },
      { ...note, id: crypto.randomUUID(), userId: found!.userId, readAt: new Date() },
    ]);
    expect((await findSession(database.db, ok.token))?.unread).toBe(1);
    const wrongPassword = await refusal(
      signInWithPassword({
        db: database.db,
        input: { iin: person.iin, password: "nope-nope" },
        client: "10.0.0.1",
        sms: recordingSms(),
        locale: "kk",
      }),
    );
    const noAccount = await refusal(
      signInWithPassword({
        db: database.db,
        input: { iin: people[3]!.iin, password: PASSWORD },
        client: "10.0.0.1",
        sms: recordingSms(),
        locale: "kk",
      }),
    );
    expect(wrongPassword).toEqual(noAccount);
    expect(wrongPassword.code).toBe("invalid_credentials");
  });

  it("delays an IIN after five failures in a row (seconds, not a lock) and says when to retry", async () => {
    const person = people[4]!;
    await register(person);
    const attempt = (password: string, client = "10.0.0.2") =>
      signInWithPassword({
        db: database.db,
        input: { iin: person.iin, password },
        client,
        sms: recordingSms(),
        locale: "kk",
      });
    for (let index = 0; index < 5; index++)
      expect((await refusal(attempt("wrong-password"))).code).toBe("invalid_credentials");
    // From any address the next try waits (2^0 s after the fifth failure); the wait is short.
    const delayed = await refusal(attempt(PASSWORD, "10.0.0.20"));
    expect(delayed).toMatchObject({ code: "rate_limited", retryAfter: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1100));
    // The right password then leads to the second factor (the SMS code).
    expect((await attempt(PASSWORD)).step).toBe("code");
  }, 30_000);

  it("blocks a client that fails with many different IINs for 15 minutes", async () => {
    const attempt = (iin: string) =>
      signInWithPassword({
        db: database.db,
        input: { iin, password: "guessing-game" },
        client: "10.9.9.9",
        sms: recordingSms(),
        locale: "kk",
      });
    const targets = people.slice(10, 31);
    for (const person of targets.slice(0, 20))
      expect((await refusal(attempt(person.iin))).code).toBe("invalid_credentials");
    const blocked = await refusal(attempt(targets[20]!.iin));
    expect(blocked.code).toBe("rate_limited");
    expect(blocked.retryAfter).toBeGreaterThan(890);
    expect(blocked.retryAfter).toBeLessThanOrEqual(900);
    const other = await refusal(
      signInWithPassword({
        db: database.db,
        input: { iin: people[0]!.iin, password: PASSWORD },
        client: "10.9.9.9",
        sms: recordingSms(),
        locale: "kk",
      }),
    );
    expect(other.code).toBe("rate_limited");
  }, 60_000);

  it("ends a session after the idle timeout and after the absolute timeout", async () => {
    const person = people[0]!;
    const start = new Date("2026-11-23T10:00:00Z");
    const { token } = await signInWithCode(database.db, {
      iin: person.iin,
      password: PASSWORD,
      client: "10.0.0.3",
      now: start,
    });
    expect(
      await findSession(database.db, token, new Date(start.getTime() + SESSION_IDLE_MS - 1000)),
    ).not.toBeNull();
    expect(await findSession(database.db, token, new Date(start.getTime() + 2 * SESSION_IDLE_MS))).toBeNull();
    const second = await signInWithCode(database.db, {
      iin: person.iin,
      password: PASSWORD,
      client: "10.0.0.3",
      now: start,
    });
    let now = start.getTime();
    while (now < start.getTime() + SESSION_ABSOLUTE_MS - SESSION_IDLE_MS) {
      now += SESSION_IDLE_MS / 2;
      expect(await findSession(database.db, second.token, new Date(now))).not.toBeNull();
    }
    expect(
      await findSession(database.db, second.token, new Date(start.getTime() + SESSION_ABSOLUTE_MS + 1000)),
    ).toBeNull();
  }, 30_000);

  it("changes the password and signs out other devices; resets it with an SMS code", async () => {
    const person = people[0]!;
    // Earlier tests signed this person in: the sign-in codes of this hour are spent (3 an hour).
    const later = (hours: number) => new Date(Date.now() + hours * 60 * 60 * 1000);
    const first = await signInWithCode(database.db, {
      iin: person.iin,
      password: PASSWORD,
      client: "10.0.0.4",
      now: later(1),
    });
    const second = await signInWithCode(database.db, {
      iin: person.iin,
      password: PASSWORD,
      client: "10.0.0.4",
      now: later(1.1),
    });
    const current = (await findSession(database.db, second.token))!;
    expect(
      (
        await refusal(
          changePassword({
            db: database.db,
            userId: current.userId,
            keepTokenHash: current.tokenHash,
            input: { currentPassword: "wrong", newPassword: "another long one" },
          }),
        )
      ).fields,
    ).toEqual({
      currentPassword: "password.currentWrong",
    });
    await changePassword({
      db: database.db,
      userId: current.userId,
      keepTokenHash: current.tokenHash,
      input: { currentPassword: PASSWORD, newPassword: "another long one" },
    });
    expect(await findSession(database.db, first.token)).toBeNull();
    expect(await findSession(database.db, second.token)).not.toBeNull();

    const sms = createOutboxSms(database.db);
    const { confirmationId } = await startPasswordReset({
      db: database.db,
      sms,
      input: { iin: person.iin, phone: person.phone },
      locale: "en",
      client: "10.0.0.4",
    });
    const code = await lastCode(person.phone!);
    await confirmPasswordReset({
      db: database.db,
      input: { confirmationId, code, password: "reset and remembered" },
      client: "10.0.0.4",
    });
    expect(await findSession(database.db, second.token)).toBeNull();
    await signInWithCode(database.db, {
      iin: person.iin,
      password: "reset and remembered",
      client: "10.0.0.4",
      now: later(1.2),
    });
  }, 30_000);

  it("signs in with the AUTH key over a single-use challenge", async () => {
    const person = people[0]!;
    const key = await issueCertificate({
      db: database.db,
      holder: {
        iin: person.iin,
        surname: person.surname,
        givenName: person.givenName,
        patronymic: person.patronymic ?? null,
      },
      kind: "auth",
      password: "key-password",
      crlUrl: "http://127.0.0.1/crl",
    });
    const { challenge } = await createEdsChallenge(database.db);
    const cms = signDetached(openKeyFile(key.pkcs12, "key-password"), new TextEncoder().encode(challenge));
    const session = await signInWithEds({ db: database.db, input: { challenge, cms } });
    expect((await findSession(database.db, session.token))?.iin).toBe(person.iin);
    expect((await refusal(signInWithEds({ db: database.db, input: { challenge, cms } }))).code).toBe(
      "eds_challenge_invalid",
    );
  }, 30_000);
});
