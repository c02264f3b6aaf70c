import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft, saveStep } from "@/lib/applications/drafts";
import { draftSigningPayload } from "@/lib/applications/signing-payload";
import { submitApplication } from "@/lib/applications/submit-application";
import { createDiskStorage } from "@/lib/attachments/blob-storage";
import { storeAttachment } from "@/lib/attachments/store-attachment";
import type { StaffUser } from "@/lib/auth/staff-auth";
import type { Database } from "@/lib/db/connect";
import {
  applicationEvents,
  applications,
  attachments,
  notifications,
  outboxMessages,
  providers,
  users,
} from "@/lib/db/schema";
import { issueCertificate } from "@/lib/eds/issue-certificate";
import { openKeyFile, signDetached } from "@/lib/eds/sign-cms";
import { actOnRequest } from "@/lib/office/act-on-request";
import { electronicCopyHeld, findStaffAttachment, findStaffRequest } from "@/lib/office/registering-body";
import { workQueue } from "@/lib/office/queue";
import { runStaffCli } from "@/lib/office/staff-cli";
import { getService } from "@/lib/services/registry";
import { seedDatabase } from "@/lib/seed";
import { demoApplicantIins } from "@/lib/seed/seed-demo-accounts";
import { errorCode } from "../support/error-code";
import { headKey, staffMember } from "../support/staff-signer";
import { createTestDatabase } from "../support/test-database";

// Mon 23 Nov 2026, 10:00 in Almaty: registered at once.
const NOW = new Date("2026-11-23T05:00:00Z");
const DAY = 24 * 3600 * 1000;
type Action = Parameters<typeof actOnRequest>[0]["action"];

/**
 * Restoration of a civil-status record (seed 001 §5): no act record is the case the service exists for,
 * so it is not refused at once; the seven steps run through the provider and the registering body.
 */
describe(`restoration restores: seven steps and the registering body (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  let blobs: string;
  let userId: string;
  let iin: string;
  let providerId: string;
  let clerk: StaffUser, head: StaffUser, executor: StaffUser;

  const act = (
    staff: StaffUser,
    id: string,
    action: Action,
    more: { reason?: string; body?: string; decision?: { grounds: string[] } } = {},
  ) =>
    actOnRequest({
      db: database.db,
      staff,
      applicationId: id,
      action,
      reason: more.reason,
      decision: more.decision,
      registeringBodyId: more.body,
      now: NOW,
    });

  /** A restoration request of the applicant's own lost birth record, signed and submitted. */
  const submitRestoration = async (registeredPlace: string, key: string) => {
    const { db } = database;
    const draft = await createDraft({ db, userId, serviceId: "record-restoration" });
    await saveStep({
      db,
      userId,
      iin,
      applicationId: draft.id,
      stepId: "record",
      input: {
        actKind: "birth",
        subjectIin: iin,
        registeredPlace,
        registeredYear: "1980",
        lossReason: "The archive burned down",
      },
    });
    for (const document of getService("record-restoration").documents) {
      if (document.requirement !== "required") continue;
      await storeAttachment({
        db,
        storage: createDiskStorage(blobs),
        userId,
        bytes: new TextEncoder().encode("%PDF-1.4\n%%EOF\n"),
        fileName: `${document.id}.pdf`,
        documentType: document.id,
        applicationId: draft.id,
      });
    }
    const certificate = await issueCertificate({
      db,
      holder: { iin, surname: "Сынақ", givenName: "Өтініш", patronymic: null },
      kind: "sign",
      password: "applicant-key",
      crlUrl: "http://localhost/api/v1/eds/crl",
      notBefore: new Date("2026-01-01T00:00:00Z"),
    });
    const { payload } = await draftSigningPayload({ db, userId, iin, applicationId: draft.id });
    const cms = signDetached(
      openKeyFile(certificate.pkcs12, "applicant-key"),
      new TextEncoder().encode(payload),
      NOW,
    );
    return submitApplication({
      db,
      userId,
      iin,
      applicationId: draft.id,
      cms,
      idempotencyKey: key,
      now: NOW,
    });
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, { demo: true });
    blobs = fs.mkdtempSync(path.join(os.tmpdir(), "qyzmet-restoration-"));
    // The third demo applicant has no birth act record in the civil registry (a lost record).
    iin = demoApplicantIins()[2]!;
    const [user] = await database.db.select().from(users).where(eq(users.iin, iin));
    userId = user!.id;
  });
  afterAll(async () => {
    await database?.close();
    if (blobs) fs.rmSync(blobs, { recursive: true, force: true });
  });

  it("with no act record: not refused; extended to 30 calendar days; registered by the body", async () => {
    const { db } = database;
    const submitted = await submitRestoration("Талғар ауданы, Алматы облысы", "restoration-1");
    expect(submitted.status).toBe("submitted");
    // 7 working days, the acceptance day not counted: Mon 23 Nov → Wed 2 Dec, 18:00 local.
    expect(submitted.dueAt?.toISOString()).toBe("2026-12-02T13:00:00.000Z");
    const id = submitted.id;
    const [row] = await db.select().from(applications).where(eq(applications.id, id));
    providerId = row!.providerId!;
    // No electronic copy in the registry: the executor is shown to ask other bodies and extend.
    expect(await electronicCopyHeld(db, row!)).toBe(false);
    expect(await electronicCopyHeld(db, { ...row!, data: { ...row!.data, actKind: "marriage" } })).toBe(true);
    [clerk, head, executor] = await Promise.all([
      staffMember(db, providerId, "clerk"),
      staffMember(db, providerId, "head"),
      staffMember(db, providerId, "executor"),
    ]);

    // Steps 1–2: the clerk registers, the head assigns.
    expect((await act(clerk, id, "register")).status).toBe("registered");
    expect((await act(head, id, "assign")).status).toBe("in_review");
    // Condition 1: requests to other state bodies extend the term to at most 30 calendar days, the
    // applicant told within 3 calendar days of the extension.
    const extendedAt = new Date(NOW.getTime() + 2 * DAY);
    const extended = await actOnRequest({
      db,
      staff: executor,
      applicationId: id,
      action: "extend",
      reason: "A request to the archive of another region",
      now: extendedAt,
    });
    expect(extended.status).toBe("extended");
    expect(extended.extendedDueAt?.toISOString()).toBe("2026-12-23T13:00:00.000Z");
    expect(extended.extensionNoticeDueAt?.getTime()).toBe(extendedAt.getTime() + 3 * DAY);
    const sms = await db.select().from(outboxMessages).where(eq(outboxMessages.applicationId, id));
    expect(sms.map((message) => message.topic)).toContain("notification.extended");

    // Step 3: the conclusion (the standard "prepare the result" is not this service's step).
    expect(await errorCode(act(executor, id, "prepareResult"))).toBe("conflict");
    expect((await act(executor, id, "prepareConclusion")).prepared).toBe("result");
    // Step 4: the head approves it (internal: no EDS result document, nothing signed).
    const heads = await workQueue(db, head, { now: NOW });
    expect(heads.items.find((item) => item.row.id === id)?.step).toMatchObject({
      step: "approve",
      limit: { minutes: 20 },
    });
    expect(await errorCode(act(head, id, "sign"))).toBe("conflict");
    expect((await act(head, id, "approveConclusion")).status).toBe("conclusion_approved");
    // Step 5: the executor sends it to the office where the record was kept (from the form: Талғар).
    const executors = await workQueue(db, executor, { now: NOW });
    expect(executors.items.find((item) => item.row.id === id)?.step).toMatchObject({
      step: "send",
      limit: { amount: 1, unit: "working_days" },
    });
    const [talgar] = await db.select().from(providers).where(eq(providers.district, "Талғар ауданы"));
    const bodyId = talgar!.id;
    const sent = await act(executor, id, "sendToRegisteringBody");
    expect(sent).toMatchObject({ status: "at_registering_body", registeringBodyId: bodyId });

    // Step 6: the registering body's own queue; another office's registrar does not see it.
    const registrar = await staffMember(db, bodyId, "registrar");
    const queue = await workQueue(db, registrar, { now: NOW });
    expect(queue.items.map((item) => item.row.id)).toEqual([id]);
    expect(queue.items[0]!.step).toMatchObject({
      step: "registerRestored",
      limit: { amount: 2, unit: "working_days" },
    });
    expect(await findStaffRequest(db, registrar, id)).not.toBeNull();
    // The registrar reads the request's documents; another office's registrar does not.
    const [document] = await db.select().from(attachments).where(eq(attachments.applicationId, id));
    expect((await findStaffAttachment(db, registrar, document!.id))?.id).toBe(document!.id);
    const otherRegistrar = await staffMember(db, bodyId === "cr-3" ? "cr-4" : "cr-3", "registrar");
    expect((await workQueue(db, otherRegistrar, { now: NOW })).items).toEqual([]);
    expect(await findStaffAttachment(db, otherRegistrar, document!.id)).toBeNull();
    expect(await errorCode(act(otherRegistrar, id, "registerRestored"))).toBe("not_found");
    expect(await errorCode(act(clerk, id, "registerRestored"))).toBe("forbidden");
    const ready = await act(registrar, id, "registerRestored");
    expect(ready.status).toBe("result_ready");
    expect(ready.resultReadyAt?.toISOString()).toBe(NOW.toISOString());

    // Step 7: the provider's clerk issues the certificate.
    expect((await act(clerk, id, "issue")).status).toBe("issued");
    expect(getService("record-restoration").resultKind).toBe("registrationCertificate");
    const events = await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, id));
    expect(events.map((event) => [event.status, event.actor])).toEqual([
      ["submitted", "applicant"],
      ["registered", "staff:clerk"],
      ["in_review", "staff:head"],
      ["extended", "staff:executor"],
      ["extended", "staff:executor"],
      ["conclusion_approved", "staff:head"],
      ["at_registering_body", "staff:executor"],
      ["result_ready", "staff:registrar"],
      ["issued", "staff:clerk"],
    ]);
    const notices = await db.select().from(notifications).where(eq(notifications.applicationId, id));
    expect(notices.map((notice) => notice.kind).sort()).toEqual([
      "accepted",
      "atRegisteringBody",
      "extended",
      "issued",
      "registered",
      "result_ready",
    ]);
  });

  it("the registering body can refuse with reasons; a conclusion goes only to a civil registry", async () => {
    const { db } = database;
    const { id } = await submitRestoration("somewhere unknown", "restoration-2");
    await act(clerk, id, "register");
    await act(head, id, "assign");
    expect(await errorCode(act(head, id, "approveConclusion"))).toBe("conflict");
    await act(executor, id, "prepareConclusion");
    await act(head, id, "approveConclusion");
    // Nothing in the form names an office, and an education department is no registering body.
    expect(await errorCode(act(executor, id, "sendToRegisteringBody"), true)).toBe(
      'validation:{"registeringBodyId":"field.choose"}',
    );
    expect(await errorCode(act(executor, id, "sendToRegisteringBody", { body: "ed-1" }), true)).toBe(
      'validation:{"registeringBodyId":"field.choose"}',
    );
    expect((await act(executor, id, "sendToRegisteringBody", { body: "cr-3" })).registeringBodyId).toBe(
      "cr-3",
    );
    const registrar = await staffMember(db, "cr-3", "registrar");
    expect(await errorCode(act(registrar, id, "refuseRestoration"))).toBe("validation");
    const refused = await act(registrar, id, "refuseRestoration", {
      reason: "The archive holds no trace of the record",
    });
    expect(refused).toMatchObject({
      status: "refused",
      decisionNote: "The archive holds no trace of the record",
    });
    expect(await errorCode(act(clerk, id, "issue"))).toBe("conflict");
    const notice = (await db.select().from(notifications).where(eq(notifications.applicationId, id))).find(
      (row) => row.kind === "refusedByProvider",
    );
    expect(notice?.body).toContain("The archive holds no trace of the record");
  });

  it("the provider may still refuse with reasons, signed by its head", async () => {
    const { db } = database;
    const { id } = await submitRestoration("Талғар ауданы", "restoration-3");
    await act(clerk, id, "register");
    await act(head, id, "assign");
    await act(executor, id, "prepareRefusal", {
      reason: "The fee was not paid",
      decision: { grounds: ["requirementsNotMet"] },
    });
    expect(await errorCode(act(head, id, "approveConclusion"))).toBe("conflict");
    const { signResult } = await headKey(db, head);
    const signed = await actOnRequest({
      db,
      staff: head,
      applicationId: id,
      action: "sign",
      cms: await signResult(id, NOW),
      now: NOW,
    });
    expect(signed.status).toBe("refused");
  });

  it("`npm run staff -- add` creates a registrar at a civil registry office, not elsewhere", async () => {
    const lines: string[] = [];
    const run = (args: string[]) => runStaffCli(args, { db: database.db, print: (line) => lines.push(line) });
    expect(
      await run(["add", "--provider", "cr-2", "--role", "registrar", "--login", "cr-2-registrar-2"]),
    ).toBe(0);
    expect(lines[0]).toBe("created cr-2-registrar-2");
    expect(await run(["add", "--provider", "ed-2", "--role", "registrar"])).toBe(2);
    expect(lines.some((line) => line.includes("registrar only at cr-*"))).toBe(true);
  });
});
