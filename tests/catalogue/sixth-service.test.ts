import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Database } from "@/lib/db/connect";
import fixtureMessages from "../fixtures/sixth-service.messages.json";

/**
 * "Adding a service = one file + messages": installs tests/fixtures/sixth-service.ts the way a
 * developer would (copy it into lib/services/catalogue, run the generator), then follows it through
 * the real domain functions on a real database. It changes a source folder, so it runs in its own
 * Vitest project after every other one (vitest.config.ts, sequence.groupOrder).
 */
const root = path.resolve(import.meta.dirname, "../..");
const fixture = path.join(root, "tests/fixtures/sixth-service.ts");
const installed = path.join(root, "lib/services/catalogue/sixth-service.ts");
const regenerate = () => execFileSync("node", ["scripts/services-index.mjs"], { cwd: root, stdio: "pipe" });
const uninstall = () => {
  fs.rmSync(installed, { force: true });
  regenerate();
};

// Mon 23 Nov 2026, 10:00 in Almaty: registered at once; 5 working days → Mon 30 Nov, 18:00 local.
const NOW = new Date("2026-11-23T05:00:00Z");
const DUE = "2026-11-30T13:00:00.000Z";

const load = async () => ({
  registry: await import("@/lib/services/registry"),
  present: await import("@/lib/services/present-service"),
  schema: await import("@/lib/services/forms/build-schema"),
  i18n: await import("@/lib/i18n/messages"),
  drafts: await import("@/lib/applications/drafts"),
  signing: await import("@/lib/applications/signing-payload"),
  submit: await import("@/lib/applications/submit-application"),
  attachments: await import("@/lib/attachments/store-attachment"),
  storage: await import("@/lib/attachments/blob-storage"),
  eds: await import("@/lib/eds/issue-certificate"),
  cms: await import("@/lib/eds/sign-cms"),
  queue: await import("@/lib/office/queue"),
  office: await import("@/lib/office/act-on-request"),
  results: await import("@/lib/results/result-document"),
  seed: await import("@/lib/seed"),
  demo: await import("@/lib/seed/seed-demo-accounts"),
  schemaTables: await import("@/lib/db/schema"),
  orm: await import("drizzle-orm"),
  testDatabase: await import("../support/test-database"),
  staff: await import("../support/staff-signer"),
});

describe(`a sixth service in one file (${process.env.TEST_DATABASE})`, () => {
  let m: Awaited<ReturnType<typeof load>>;
  let database: Database;
  let blobs: string;

  beforeAll(async () => {
    uninstall(); // a copy left by an interrupted run
    fs.copyFileSync(fixture, installed);
    regenerate();
    vi.resetModules();
    m = await load();
    await installMessages();
    database = await m.testDatabase.createTestDatabase();
    await m.seed.seedDatabase(database.db, { demo: true });
    blobs = fs.mkdtempSync(path.join(os.tmpdir(), "qyzmet-sixth-"));
  });
  afterAll(async () => {
    await database?.close();
    if (blobs) fs.rmSync(blobs, { recursive: true, force: true });
    uninstall();
  });

  const sixth = () => {
    const service = m.registry.findService("sixth-service");
    if (!service) throw new Error("the sixth service is not in the registry");
    return service;
  };
  /** Its messages, added to this test's copy of messages/<locale>.json as a developer adds them. */
  const installMessages = async () => {
    for (const locale of ["kk", "ru", "en"] as const) {
      const messages = await m.i18n.loadMessages(locale);
      Object.assign(messages.services, fixtureMessages[locale].services);
      Object.assign(messages.results.kinds, fixtureMessages[locale].results.kinds);
    }
  };

  it("is in the catalogue, last, translated with its messages", async () => {
    expect(m.registry.isServiceId("sixth-service")).toBe(true);
    expect(m.registry.serviceIds.at(-1)).toBe("sixth-service");
    expect(m.registry.services.map((service) => service.id)).toHaveLength(6);
    for (const locale of ["kk", "ru", "en"] as const) {
      const messages = await m.i18n.loadMessages(locale);
      const list = await Promise.all(
        m.registry.services.map((service) => m.present.presentService(service, locale)),
      );
      const presented = list.at(-1);
      expect(presented?.id).toBe("sixth-service");
      expect(presented).toMatchObject({
        title: fixtureMessages[locale].services.sixthService.title,
        result: fixtureMessages[locale].services.sixthService.result,
        provider: { kind: "civil-registry", name: messages.catalogue.providers["civil-registry"] },
        term: { amount: 5, unit: "working_days", countAcceptanceDay: false },
        fee: { kind: "state-duty", mciShare: 0.2 },
        channels: ["portal", "provider-office"],
        legalBasis: {
          seed: "none",
          status: { kind: "unmarked" },
          title: fixtureMessages[locale].services.sixthService.legalBasis,
        },
      });
      // The paper application only at the office; the portal's signed request is the application.
      expect(presented?.documents.map(({ title, channels }) => ({ title, channels }))).toEqual([
        { title: messages.documents.application, channels: ["provider-office"] },
        { title: messages.documents.identity, channels: ["portal", "provider-office"] },
      ]);
    }
  });

  it("validates an answer with the schema built from its steps", () => {
    const [step] = sixth().form.steps;
    if (!step) throw new Error("no step");
    const context = {
      data: {},
      facts: { lateRegistration: false, married: false },
      choices: { actRecords: [], family: [] },
      today: "2026-11-23",
    };
    const schema = m.schema.stepSchema(step, context);
    expect(schema.safeParse({ registeredYear: "1987", reason: "The record was lost" }).success).toBe(true);
    const wrong = schema.safeParse({ registeredYear: "87", reason: "" });
    expect(
      wrong.success ? {} : Object.fromEntries(wrong.error.issues.map((i) => [i.path[0], i.message])),
    ).toEqual({
      registeredYear: "field.year",
      reason: "field.required",
    });
  });

  it("is signed and submitted: its prefix and term; its provider's clerk sees it", async () => {
    const { db } = database;
    const { users, applications } = m.schemaTables;
    const iin = m.demo.demoApplicantIins()[0]!;
    const [user] = await db.select().from(users).where(m.orm.eq(users.iin, iin));
    if (!user) throw new Error("no demo applicant");
    const draft = await m.drafts.createDraft({ db, userId: user.id, serviceId: "sixth-service" });
    await m.drafts.saveStep({
      db,
      userId: user.id,
      iin,
      applicationId: draft.id,
      stepId: "record",
      input: { registeredYear: "1987", reason: "The record was lost" },
    });
    await m.attachments.storeAttachment({
      db,
      storage: m.storage.createDiskStorage(blobs),
      userId: user.id,
      bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n"),
      fileName: "application.pdf",
      documentType: "application",
      applicationId: draft.id,
    });
    const key = await m.eds.issueCertificate({
      db,
      holder: { iin, surname: "Сынақ", givenName: "Өтініш", patronymic: null },
      kind: "sign",
      password: "applicant-key",
      crlUrl: "http://localhost/api/v1/eds/crl",
      notBefore: new Date("2026-01-01T00:00:00Z"),
    });
    const { payload } = await m.signing.draftSigningPayload({
      db,
      userId: user.id,
      iin,
      applicationId: draft.id,
    });
    const cms = m.cms.signDetached(
      m.cms.openKeyFile(key.pkcs12, "applicant-key"),
      new TextEncoder().encode(payload),
      NOW,
    );
    const answer = await m.submit.submitApplication({
      db,
      userId: user.id,
      iin,
      applicationId: draft.id,
      cms,
      idempotencyKey: "sixth-service-submit",
      now: NOW,
    });
    expect(answer.status).toBe("submitted");
    expect(answer.number).toMatch(/^SX-20261123-\d{6}$/);
    expect(answer.registeredAt?.toISOString()).toBe(NOW.toISOString());
    expect(answer.dueAt?.toISOString()).toBe(DUE);

    const [row] = await db.select().from(applications).where(m.orm.eq(applications.id, draft.id));
    expect(row?.term).toEqual({ amount: 5, unit: "working_days", countAcceptanceDay: false });
    const providerId = row?.providerId;
    if (!providerId) throw new Error("not routed to a provider");
    expect(providerId).toMatch(/^cr-/);
    const clerk = await m.staff.staffMember(db, providerId, "clerk");
    const queue = await m.queue.workQueue(db, clerk, { now: NOW });
    const item = queue.items.find((candidate) => candidate.row.id === draft.id);
    expect(item).toMatchObject({
      row: { number: answer.number, serviceId: "sixth-service" },
      overdue: false,
    });
    expect(item?.step).toMatchObject({ step: "register", limit: { minutes: 20 } });

    // Through the office to a prepared result: the document is of the sixth service's kind.
    const act = (staff: typeof clerk, action: "register" | "assign" | "prepareResult") =>
      m.office.actOnRequest({ db, staff, applicationId: draft.id, action, now: NOW });
    await act(clerk, "register");
    await act(await m.staff.staffMember(db, providerId, "head"), "assign");
    await act(await m.staff.staffMember(db, providerId, "executor"), "prepareResult");
    expect((await m.results.findResultDocument(db, draft.id))?.kind).toBe("sixthCertificate");
    const { notifications } = m.schemaTables;
    const notices = await db
      .select()
      .from(notifications)
      .where(m.orm.eq(notifications.applicationId, draft.id));
    expect(notices.map((notice) => notice.kind).sort()).toEqual(["accepted", "registered"]);
    const titles = Object.values(fixtureMessages).map((messages) => messages.services.sixthService.title);
    for (const notice of notices) expect(titles.some((title) => notice.body.includes(title))).toBe(true);
  });
});
