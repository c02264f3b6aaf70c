import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@/lib/db/connect";
import { applications, notifications, providers, resultDocuments, users } from "@/lib/db/schema";
import { toAlmaty } from "@/lib/calendar";
import { createDraft, patchDraft } from "@/lib/applications/drafts";
import { loadFormContext } from "@/lib/applications/form-context";
import { presentApplication } from "@/lib/applications/present";
import { loadReceipt } from "@/lib/applications/receipt";
import { draftSigningPayload } from "@/lib/applications/signing-payload";
import { submitApplication } from "@/lib/applications/submit-application";
import { storeAttachment } from "@/lib/attachments/store-attachment";
import { createDiskStorage } from "@/lib/attachments/blob-storage";
import { issueCertificate } from "@/lib/eds/issue-certificate";
import { openKeyFile, signDetached } from "@/lib/eds/sign-cms";
import { seedDatabase } from "@/lib/seed";
import { demoApplicantIins } from "@/lib/seed/seed-demo-accounts";
import { actOnRequest, type ActOptions } from "@/lib/office/act-on-request";
import { recordInspectionAct, scheduleInspection } from "@/lib/office/inspections";
import { checkDocument } from "@/lib/results/verify-document";
import { loadResultPdf, renderResultPdf } from "@/lib/results/result-pdf";
import { signedAnswers } from "@/lib/results/signed-answers";
import type { StaffUser } from "@/lib/auth/staff-auth";
import { headKey, staffMember } from "../support/staff-signer";
import { errorCode } from "../support/error-code";
import { pdfText } from "../support/pdf-text";
import { createTestDatabase } from "../support/test-database";

// Mon 23 Nov 2026, 10:00 in Almaty: a working day, within working hours.
const NOW = new Date("2026-11-23T05:00:00Z");
const HOUR = 3600 * 1000;

describe(`the workflow's dates, grounds, results and signed answers (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  let blobs: string;
  let userId: string;
  let iin: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, { demo: true });
    iin = demoApplicantIins()[0]!;
    const [user] = await database.db.select().from(users).where(eq(users.iin, iin));
    userId = user!.id;
    blobs = fs.mkdtempSync(path.join(os.tmpdir(), "qyzmet-workflow-"));
  });
  afterAll(async () => {
    await database?.close();
    if (blobs) fs.rmSync(blobs, { recursive: true, force: true });
  });

  /** The text of the applicant's result PDF in English, whitespace runs made one space. */
  async function resultPdfText(owner: string, id: string) {
    const found = await loadResultPdf({
      db: database.db,
      userId: owner,
      id,
      locale: "en",
      origin: "http://x",
    });
    return (await pdfText(await renderResultPdf(found!.document))).replace(/\s+/g, " ");
  }

  /** A birth registration signed with the applicant's real EDS key and submitted at `now`. */
  async function submitBirth(data: Record<string, string>, now: Date, replaced?: Record<string, string>) {
    const context = await loadFormContext(database.db, iin, {}, now);
    const answers = {
      childSurname: "Ахметов",
      childGivenName: "Нұрлан",
      childSex: "male",
      birthPlace: "Алматы",
      motherIin: context.prefill["mother.iin"] || iin,
      fatherGrounds: "motherStatement",
      ...data,
    };
    const documents = ["application", "parentsIdentity", "medicalBirthCertificate"];
    return submitSigned("birth-registration", answers, documents, now, replaced);
  }

  /** A request of any service, signed with the applicant's real EDS key and submitted at `now`. */
  async function submitSigned(
    serviceId: string,
    answers: Record<string, string>,
    documents: string[],
    now: Date,
    replaced?: Record<string, string>,
  ) {
    const { db } = database;
    const draft = await createDraft({ db, userId, serviceId });
    await patchDraft({ db, userId, applicationId: draft.id, data: answers });
    if (replaced) await patchDraft({ db, userId, applicationId: draft.id, data: replaced });
    for (const documentType of documents)
      await storeAttachment({
        db,
        storage: createDiskStorage(blobs),
        userId,
        bytes: new TextEncoder().encode(`%PDF-1.4\n% ${documentType}\n%%EOF\n`),
        fileName: `${documentType}.pdf`,
        documentType,
        applicationId: draft.id,
      });
    const key = await issueCertificate({
      db,
      holder: { iin, surname: "Сынақ", givenName: "Өтініш", patronymic: null },
      kind: "sign",
      password: "applicant-key",
      crlUrl: "http://localhost/api/v1/eds/crl",
      notBefore: new Date("2026-01-01T00:00:00Z"),
    });
    const { payload } = await draftSigningPayload({ db, userId, iin, applicationId: draft.id });
    const cms = signDetached(
      openKeyFile(key.pkcs12, "applicant-key"),
      new TextEncoder().encode(payload),
      now,
    );
    const answer = await submitApplication({
      db,
      userId,
      iin,
      applicationId: draft.id,
      cms,
      idempotencyKey: `submit-${draft.id}`,
      now,
    });
    const [row] = await db.select().from(applications).where(eq(applications.id, draft.id));
    return { answer, row: row!, payload };
  }

  async function staffOf(providerId: string) {
    const [clerk, head, executor] = await Promise.all([
      staffMember(database.db, providerId, "clerk"),
      staffMember(database.db, providerId, "head"),
      staffMember(database.db, providerId, "executor"),
    ]);
    return { clerk, head, executor };
  }
  const act = (staff: StaffUser, applicationId: string, action: ActOptions["action"], more = {}) =>
    actOnRequest({ db: database.db, staff, applicationId, action, now: NOW, ...more });

  const datesTitle =
    "the acceptance notice gives the registration time and result date at submission; the clerk's " +
    "registration days later moves neither; an extension adds its date and keeps the first one";
  it(datesTitle, async () => {
    // Born in January, so the late-registration term applies at any time this test runs.
    const { answer, row } = await submitBirth(
      { childBirthDate: "2026-01-15", lateReason: "The parents were abroad" },
      NOW,
    );
    expect(answer.status).toBe("submitted");
    expect(answer.registeredAt?.toISOString()).toBe(NOW.toISOString());
    // 15 calendar days, the day of acceptance not counted: Tue 8 Dec, 18:00 in Almaty.
    expect(answer.dueAt?.toISOString()).toBe("2026-12-08T13:00:00.000Z");
    const [notice] = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.applicationId, row.id));
    expect(notice!.kind).toBe("accepted");
    // The receipt's dates (the status row aside, which moves on).
    const receipt = async () =>
      (await loadReceipt({ db: database.db, userId, iin, id: row.id, locale: "en" }))!.rows.filter(
        (entry) => entry.label !== "Status",
      );
    const before = await receipt();
    expect(before).toContainEqual({ label: "Registered", value: "November 23, 2026 at 10:00 AM" });
    expect(JSON.stringify(before)).toContain("December 8, 2026");

    const { clerk, head, executor } = await staffOf(row.providerId!);
    // The clerk checks the documents a week later (Mon 30 Nov): the dates stay those of the receipt.
    const registered = await act(clerk, row.id, "register", { now: new Date(NOW.getTime() + 7 * 24 * HOUR) });
    expect(registered.status).toBe("registered");
    expect(registered.registeredAt?.toISOString()).toBe(answer.registeredAt?.toISOString());
    expect(registered.dueAt?.toISOString()).toBe(answer.dueAt?.toISOString());
    expect(await receipt()).toEqual(before);

    await act(head, row.id, "assign");
    const extended = await act(executor, row.id, "extend", { reason: "Documents need extra checking" });
    // Up to 30 calendar days from registration (seed 002 §5): Wed 23 Dec, 18:00 in Almaty.
    expect(extended.extendedDueAt?.toISOString()).toBe("2026-12-23T13:00:00.000Z");
    expect(extended.dueAt?.toISOString()).toBe(answer.dueAt?.toISOString());
    const presented = await presentApplication(database.db, extended);
    expect(presented).toMatchObject({ dueAt: answer.dueAt, extendedDueAt: extended.extendedDueAt });
  });

  const birthResultTitle =
    "birth registration: the result is a signed notice of when and where the certificate is issued; " +
    "the issue time is required and must be ahead";
  it(birthResultTitle, async () => {
    const { row } = await submitBirth({ childBirthDate: "2026-01-15", lateReason: "Abroad" }, NOW);
    const { clerk, head, executor } = await staffOf(row.providerId!);
    await act(clerk, row.id, "register");
    await act(head, row.id, "assign");
    const prepare = (issueAt?: string) => act(executor, row.id, "prepareResult", { decision: { issueAt } });
    expect(await errorCode(prepare(), true)).toBe('validation:{"issueAt":"refusal.issueAtRequired"}');
    expect(await errorCode(prepare("2026-11-20T10:00"), true)).toBe(
      'validation:{"issueAt":"refusal.issueAtPast"}',
    );
    expect(await errorCode(prepare("30.11.2026"), true)).toBe('validation:{"issueAt":"codes.validation"}');
    await prepare("2026-11-30T11:30");
    const key = await headKey(database.db, head);
    const signed = await act(head, row.id, "sign", { cms: await key.signResult(row.id, NOW) });
    expect(signed.status).toBe("result_ready");
    const [document] = await database.db
      .select()
      .from(resultDocuments)
      .where(eq(resultDocuments.applicationId, row.id));
    const [provider] = await database.db.select().from(providers).where(eq(providers.id, row.providerId!));
    expect(document!.kind).toBe("birthCertificate");
    expect(JSON.parse(document!.content).decision).toMatchObject({
      outcome: "result",
      issueAt: "2026-11-30T06:30:00.000Z",
      place: { name: provider!.name, address: provider!.address },
    });
    expect(await checkDocument(database.db, document!.number, NOW)).toMatchObject({ outcome: "valid" });
    // The printed result (issue 13) gives the issue date and time in Almaty and the office's address.
    const printed = await resultPdfText(row.userId, row.id);
    expect(printed).toContain("The certificate will be issued November 30, 2026 at 11:30 AM");
    expect(printed).toContain(provider!.address);
  });

  const staleAnswerTitle =
    "an answer to a question no longer asked (lateReason after the birth date changed) is signed by " +
    "nobody, so neither the prepared result nor the office view carries it";
  it(staleAnswerTitle, async () => {
    // Real time: the draft's signing payload reads "today" from the clock.
    const now = new Date();
    const today = toAlmaty(now).date;
    const { row, payload } = await submitBirth(
      { childBirthDate: "2026-01-15", lateReason: "A stale reason" },
      now,
      { childBirthDate: today },
    );
    expect(row.status).toBe("submitted");
    expect(row.data.lateReason).toBe("A stale reason");
    expect(payload).not.toContain("lateReason");
    expect(row.signedPayload).toBe(payload);
    const office = signedAnswers(row);
    expect(office).toMatchObject({ childBirthDate: today, childSurname: "Ахметов" });
    expect(office).not.toHaveProperty("lateReason");
    expect((await presentApplication(database.db, row)).data).not.toHaveProperty("lateReason");

    const { clerk, head, executor } = await staffOf(row.providerId!);
    const later = new Date(now.getTime() + 48 * HOUR);
    await actOnRequest({ db: database.db, staff: clerk, applicationId: row.id, action: "register", now });
    await actOnRequest({ db: database.db, staff: head, applicationId: row.id, action: "assign", now });
    await actOnRequest({
      db: database.db,
      staff: executor,
      applicationId: row.id,
      action: "prepareResult",
      decision: { issueAt: later.toISOString() },
      now,
    });
    const [document] = await database.db
      .select()
      .from(resultDocuments)
      .where(eq(resultDocuments.applicationId, row.id));
    expect(document!.content).not.toContain("lateReason");
    expect(document!.content).not.toContain("A stale reason");
    expect(JSON.parse(document!.content).decision.answers).toMatchObject({ childBirthDate: today });
  });

  it("a correction of a record the registry does not hold is refused at once on that ground", async () => {
    const { answer, row } = await submitSigned(
      "record-correction",
      {
        actRecord: "notListed",
        actNumber: "999999",
        changeField: "surname",
        newValue: "Ахметұлы",
        reason: "Court decision",
      },
      ["application", "identity", "certificateToChange", "groundsDocument", "feeReceipt"],
      NOW,
    );
    expect(answer).toMatchObject({ status: "refused", refusalReason: "noActRecord" });
    expect(row.refusalGrounds).toEqual(["noActRecord"]);
  });

  /** A request already submitted to a provider, as the office receives it. */
  async function submitted(serviceId: string, providerId: string, prefix: string) {
    const id = crypto.randomUUID();
    await database.db.insert(applications).values({
      id,
      userId,
      serviceId,
      status: "submitted",
      number: `${prefix}-${id.slice(0, 8)}`,
      providerId,
      submittedAt: NOW,
      registeredAt: NOW,
      dueAt: new Date(NOW.getTime() + 15 * 24 * HOUR),
      term: { amount: 15, unit: "calendar_days", countAcceptanceDay: false },
    });
    return id;
  }

  const groundsTitle =
    "refusals name the service's grounds: intake grounds for the clerk, decision grounds and an " +
    "explanation for the executor; unknown grounds are field errors; the signed content holds them";
  it(groundsTitle, async () => {
    const { clerk, head, executor } = await staffOf("cr-1");
    const intake = await submitted("record-correction", "cr-1", "RC");
    const refuse = (grounds: unknown) => act(clerk, intake, "refuseIntake", { decision: { grounds } });
    expect(await errorCode(refuse([]), true)).toBe('validation:{"grounds":"refusal.groundsRequired"}');
    expect(await errorCode(refuse(["noSuchGround"]), true)).toBe(
      'validation:{"grounds":"refusal.unknownGround"}',
    );
    // A decision ground is not an intake ground; expiry is not a ground for this service (000 §9.1).
    expect(await errorCode(refuse(["unreliableData"]), true)).toBe(
      'validation:{"grounds":"refusal.unknownGround"}',
    );
    expect(await errorCode(refuse(["expiredDocuments"]))).toBe("validation");
    expect(await errorCode(refuse("incompleteSet"))).toBe("validation");
    const refused = await refuse(["incompleteSet"]);
    expect(refused).toMatchObject({
      status: "refused",
      refusalGrounds: ["incompleteSet"],
      decisionNote: null,
    });

    const decided = await submitted("record-correction", "cr-1", "RC");
    await act(clerk, decided, "register");
    await act(head, decided, "assign");
    const prepare = (grounds: unknown, reason?: string) =>
      act(executor, decided, "prepareRefusal", { reason, decision: { grounds } });
    expect(await errorCode(prepare(["noActRecord"]), true)).toBe('validation:{"reason":"field.required"}');
    expect(await errorCode(prepare(["incompleteSet"], "Why"), true)).toBe(
      'validation:{"grounds":"refusal.unknownGround"}',
    );
    await prepare(["noActRecord", "unreliableData", "noActRecord"], "No record in the archive of 1987");
    const key = await headKey(database.db, head);
    const signed = await act(head, decided, "sign", { cms: await key.signResult(decided, NOW) });
    expect(signed).toMatchObject({ status: "refused", refusalGrounds: ["noActRecord", "unreliableData"] });
    const [document] = await database.db
      .select()
      .from(resultDocuments)
      .where(eq(resultDocuments.applicationId, decided));
    expect(JSON.parse(document!.content).decision).toEqual({
      outcome: "refusal",
      grounds: ["noActRecord", "unreliableData"],
      explanation: "No record in the archive of 1987",
    });
    expect(await checkDocument(database.db, document!.number, NOW)).toMatchObject({ outcome: "valid" });
    // The notification tells the grounds in the applicant's language, then the explanation.
    const notices = await database.db
      .select()
      .from(notifications)
      .where(eq(notifications.applicationId, decided));
    const [owner] = await database.db.select().from(users).where(eq(users.id, userId));
    const { loadMessages } = await import("@/lib/i18n/messages");
    const messages = await loadMessages((owner!.locale ?? "kk") as "kk");
    const body = notices.find((notice) => notice.kind === "refusedByProvider")!.body;
    expect(body).toContain(messages.refusalGrounds.noActRecord);
    expect(body).toContain(messages.refusalGrounds.unreliableData);
    expect(body).toContain("No record in the archive of 1987");
  });

  const adoptionTitle =
    "adoption registry: a conclusion of impossibility is a signed result, not a refusal " +
    "(status result_ready, outcome impossible, grounds and explanation, the signature verifies)";
  it(adoptionTitle, async () => {
    const { clerk, head, executor } = await staffOf("ed-1");
    const id = await submitted("adoption-registry", "ed-1", "AR");
    await act(clerk, id, "register");
    await act(head, id, "assign");
    expect(
      await errorCode(
        act(executor, id, "prepareRefusal", { reason: "x", decision: { grounds: ["unreliableData"] } }),
      ),
    ).toBe("conflict");
    // No conclusion without the act of inspection of housing and living conditions (seed 003 §5.3).
    expect(await errorCode(act(executor, id, "prepareResult", { decision: {} }))).toBe("inspection_required");
    await scheduleInspection({
      db: database.db,
      staff: executor,
      applicationId: id,
      input: { date: "2026-11-24", time: "10:00", inspector: "Inspector" },
      now: NOW,
    });
    await recordInspectionAct({
      db: database.db,
      staff: executor,
      storage: createDiskStorage(blobs),
      applicationId: id,
      input: { findings: "One room for the family of four" },
      file: { bytes: new TextEncoder().encode("%PDF-1.4\n% act\n%%EOF\n"), name: "act.pdf" },
      now: NOW,
    });
    const prepare = (conclusion?: string, grounds?: string[], reason?: string) =>
      act(executor, id, "prepareResult", { reason, decision: { conclusion, grounds } });
    expect(await errorCode(prepare(), true)).toBe('validation:{"conclusion":"refusal.outcomeRequired"}');
    expect(await errorCode(prepare("impossible", [], "x"), true)).toBe(
      'validation:{"grounds":"refusal.groundsRequired"}',
    );
    expect(await errorCode(prepare("impossible", ["requirementsNotMet"]), true)).toBe(
      'validation:{"reason":"field.required"}',
    );
    await prepare("possible");
    await prepare("impossible", ["requirementsNotMet"], "The housing inspection act found no separate room");
    const key = await headKey(database.db, head);
    const signed = await act(head, id, "sign", { cms: await key.signResult(id, NOW) });
    expect(signed).toMatchObject({ status: "result_ready", refusalGrounds: ["requirementsNotMet"] });
    const [document] = await database.db
      .select()
      .from(resultDocuments)
      .where(eq(resultDocuments.applicationId, id));
    expect(document!.kind).toBe("adoptionConclusion");
    expect(JSON.parse(document!.content).decision).toMatchObject({
      outcome: "impossible",
      grounds: ["requirementsNotMet"],
      explanation: "The housing inspection act found no separate room",
      place: { name: expect.any(String), address: expect.any(String) },
    });
    expect(await checkDocument(database.db, document!.number, NOW)).toMatchObject({
      found: true,
      outcome: "valid",
      kind: "adoptionConclusion",
    });
    const printed = await resultPdfText(userId, id);
    expect(printed).toContain("Decision It is impossible to be a candidate adoptive parent");
    expect(printed).toContain("The applicant or the documents do not meet the requirements");
    expect(printed).toContain("The housing inspection act found no separate room");
    const kinds = (
      await database.db.select().from(notifications).where(eq(notifications.applicationId, id))
    ).map((notice) => notice.kind);
    expect(kinds).toContain("result_ready");
    expect(kinds).not.toContain("refusedByProvider");
  });
});
