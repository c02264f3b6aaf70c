import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/staff-auth";
import { createDiskStorage } from "@/lib/attachments/blob-storage";
import { storeAttachment } from "@/lib/attachments/store-attachment";
import {
  complaintDraftPayload,
  draftComplaint,
  getOwnComplaint,
  listComplaintEvents,
} from "@/lib/complaints/applicant";
import {
  answerComplaint,
  complaintQueue,
  complaintReplyPayload,
  providerComplaint,
  startComplaintReview,
} from "@/lib/complaints/office";
import { complaintSigningPayload } from "@/lib/complaints/payload";
import { complaintReply } from "@/lib/complaints/present";
import { fileComplaint, submitComplaint } from "@/lib/complaints/submit";
import type { Database } from "@/lib/db/connect";
import { applications, complaints, notifications, outboxMessages, providers, users } from "@/lib/db/schema";
import { issueCertificate } from "@/lib/eds/issue-certificate";
import { openKeyFile, signDetached, type LoadedKey } from "@/lib/eds/sign-cms";
import { seedDatabase } from "@/lib/seed";
import { demoApplicantIins } from "@/lib/seed/seed-demo-accounts";
import { verifyProviderSignature } from "@/lib/results/verify-result-signature";
import { errorCode } from "../support/error-code";
import { staffMember } from "../support/staff-signer";
import { createTestDatabase } from "../support/test-database";
import os from "node:os";
import path from "node:path";
import fs from "node:fs";

// Monday 23 November 2026, 10:00 in Almaty: a working day, inside working hours.
const NOW = new Date("2026-11-23T05:00:00Z");
const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const sign = (key: LoadedKey, text: string) => signDetached(key, new TextEncoder().encode(text), NOW);

describe(`complaints to the provider's head (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  let userId: string, iin: string, otherIin: string;
  let applicantKey: LoadedKey, strangerKey: LoadedKey, headSigner: LoadedKey;
  let head: StaffUser, executor: StaffUser, otherHead: StaffUser;
  const storage = createDiskStorage(fs.mkdtempSync(path.join(os.tmpdir(), "qyzmet-complaints-")));

  async function refusedRequest() {
    const id = crypto.randomUUID();
    await database.db.insert(applications).values({
      id,
      userId,
      serviceId: "record-correction",
      status: "refused",
      number: `RC-${id.slice(0, 8)}`,
      providerId: "cr-1",
      submittedAt: NOW,
      refusalReason: "noActRecord",
    });
    return id;
  }
  async function personKey(personIin: string, organisation?: { name: string; bin: string }) {
    const key = await issueCertificate({
      db: database.db,
      holder: { iin: personIin, surname: "Сейтқали", givenName: "Айгүл", patronymic: null, organisation },
      kind: "sign",
      password: "kilt-sozi-1",
      crlUrl: "http://localhost/api/v1/eds/crl",
      notBefore: new Date("2026-01-01T00:00:00Z"),
    });
    return openKeyFile(key.pkcs12, "kilt-sozi-1");
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, { demo: true });
    [iin, otherIin] = demoApplicantIins() as [string, string];
    const [user] = await database.db.select().from(users).where(eq(users.iin, iin));
    userId = user!.id;
    [head, executor, otherHead] = await Promise.all([
      staffMember(database.db, "cr-1", "head"),
      staffMember(database.db, "cr-1", "executor"),
      staffMember(database.db, "cr-2", "head"),
    ]);
    const [provider] = await database.db.select().from(providers).where(eq(providers.id, "cr-1"));
    applicantKey = await personKey(iin);
    strangerKey = await personKey(otherIin);
    headSigner = await personKey(head.iin!, { name: provider!.name, bin: provider!.bin });
  }, 60_000);
  afterAll(async () => {
    await database?.close();
  });

  it("the applicant files a signed complaint; the head answers within 5 working days with a signed reply", async () => {
    const applicationId = await refusedRequest();
    const id = await draftComplaint({
      db: database.db,
      storage,
      userId,
      applicationId,
      input: { subject: "decision", text: "  The act record exists in the archive of Oral.  " },
      files: [new File([PDF], "archive-letter.pdf")],
    });
    const { payload, complaint: draft } = await complaintDraftPayload(database.db, { userId, iin, id });
    expect(draft.status).toBe("draft");
    const signed = JSON.parse(payload);
    expect(signed.complaint).toEqual({
      requestNumber: `RC-${applicationId.slice(0, 8)}`,
      subject: "decision",
      text: "The act record exists in the archive of Oral.",
    });
    expect(signed.applicant).toEqual({ iin });
    expect(signed.attachments).toEqual([
      expect.objectContaining({
        name: "archive-letter.pdf",
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);

    const filed = await submitComplaint({
      db: database.db,
      userId,
      iin,
      complaintId: id,
      cms: sign(applicantKey, payload),
      idempotencyKey: "complaint-key-1",
      now: NOW,
    });
    expect(filed.status).toBe("submitted");
    expect(filed.number).toMatch(/^CM-20261123-\d{6}$/);
    // Registered Mon 23 Nov; 5 working days from the next day: Tue 24 … Mon 30 Nov, 18:00 in Almaty.
    expect(filed.dueAt?.toISOString()).toBe("2026-11-30T13:00:00.000Z");

    const queue = await complaintQueue(database.db, head, NOW);
    expect(queue.open.map((row) => row.number)).toContain(filed.number);
    expect(queue.open.find((row) => row.id === id)).toMatchObject({ overdue: false, subject: "decision" });
    expect((await complaintQueue(database.db, otherHead, NOW)).open.map((row) => row.id)).not.toContain(id);
    expect(await providerComplaint(database.db, otherHead, id)).toBeNull();
    expect(await errorCode(complaintQueue(database.db, executor, NOW))).toBe("forbidden");

    const later = new Date("2026-11-26T06:00:00Z");
    const review = new Date("2026-11-25T04:00:00Z");
    expect((await startComplaintReview({ db: database.db, staff: head, id, now: review })).status).toBe(
      "in_review",
    );
    const reply = { reply: "The archive of Oral confirms the record; the request is reconsidered." };
    const { payload: replyPayload } = await complaintReplyPayload(database.db, head, id, reply);
    const replyCms = sign(headSigner, replyPayload);
    // Another applicant's key, or the applicant's own, is not the head's staff key.
    expect(
      await errorCode(
        answerComplaint({
          db: database.db,
          staff: head,
          id,
          input: reply,
          cms: sign(strangerKey, replyPayload),
          now: later,
        }),
      ),
    ).toBe("eds_iin_mismatch");
    const answered = await answerComplaint({
      db: database.db,
      staff: head,
      id,
      input: reply,
      cms: replyCms,
      now: later,
    });
    expect(answered.status).toBe("answered");
    expect(answered.answeredAt!.getTime()).toBeLessThanOrEqual(filed.dueAt!.getTime());
    // The same signed reply again is the same answer; a different one after it is a conflict.
    expect(
      (await answerComplaint({ db: database.db, staff: head, id, input: reply, cms: replyCms, now: later }))
        .status,
    ).toBe("answered");
    const other = { reply: "Another text" };
    const otherCms = sign(headSigner, (await complaintReplyPayload(database.db, head, id, other)).payload);
    expect(
      await errorCode(
        answerComplaint({ db: database.db, staff: head, id, input: other, cms: otherCms, now: later }),
      ),
    ).toBe("conflict");

    // The applicant sees the reply with the signer's name, organisation and time; the signature verifies.
    const own = (await getOwnComplaint(database.db, userId, id))!;
    const shown = complaintReply(own)!;
    expect(shown).toMatchObject({
      text: reply.reply,
      signedBy: "СЕЙТҚАЛИ АЙГҮЛ",
      organisation: expect.any(String),
    });
    expect(shown.signedAt?.toISOString()).toBe(NOW.toISOString());
    const [provider] = await database.db.select().from(providers).where(eq(providers.id, "cr-1"));
    const check = await verifyProviderSignature(database.db, {
      cms: own.replySignatureCms!,
      content: own.replyContent!,
      expectedIin: null,
      providerBin: provider!.bin,
      now: later,
    });
    expect(check).toMatchObject({ ok: true });
    expect(
      await verifyProviderSignature(database.db, {
        cms: own.replySignatureCms!,
        content: own.replyContent!.replace("reconsidered", "refused"),
        expectedIin: null,
        providerBin: provider!.bin,
        now: later,
      }),
    ).toMatchObject({ ok: false, code: "eds_signature_invalid" });

    const history = await listComplaintEvents(database.db, id);
    expect(history.map((event) => [event.status, event.actor])).toEqual([
      ["submitted", "applicant"],
      ["in_review", "staff:head"],
      ["answered", "staff:head"],
    ]);
    const sent = await database.db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.applicationId, applicationId)));
    expect(sent.map((row) => row.kind).sort()).toEqual(["complaintAnswered", "complaintFiled"]);
    expect(sent.find((row) => row.kind === "complaintFiled")!.title).toContain(filed.number!);
    const sms = await database.db
      .select()
      .from(outboxMessages)
      .where(eq(outboxMessages.applicationId, applicationId));
    expect(sms.map((row) => row.topic).sort()).toEqual([
      "notification.complaintAnswered",
      "notification.complaintFiled",
    ]);
  }, 60_000);

  it("a forged signature or another person's key is refused and nothing is filed", async () => {
    const applicationId = await refusedRequest();
    const id = await draftComplaint({
      db: database.db,
      userId,
      applicationId,
      input: { subject: "request", text: "No answer for two weeks." },
    });
    const { payload } = await complaintDraftPayload(database.db, { userId, iin, id });
    const submit = (cms: string, idempotencyKey: string) =>
      submitComplaint({ db: database.db, userId, iin, complaintId: id, cms, idempotencyKey, now: NOW });
    expect(await errorCode(submit(sign(strangerKey, payload), "foreign-key-1"))).toBe("eds_iin_mismatch");
    expect(await errorCode(submit(sign(applicantKey, payload.replace("two", "three")), "forged-key-1"))).toBe(
      "eds_signature_invalid",
    );
    expect(await errorCode(submit("not a signature", "garbage-key-1"))).toMatch(/^eds_/);
    expect((await getOwnComplaint(database.db, userId, id))!.status).toBe("draft");
    expect((await complaintQueue(database.db, head, NOW)).open.map((row) => row.id)).not.toContain(id);
    // The API's one step leaves no draft behind when the signature is refused.
    const before = await database.db
      .select()
      .from(complaints)
      .where(eq(complaints.applicationId, applicationId));
    const again = { requestNumber: `RC-${applicationId.slice(0, 8)}`, iin, attachments: [] };
    const text = { subject: "request" as const, text: "Again" };
    const foreign = sign(strangerKey, complaintSigningPayload({ ...again, ...text }));
    const body = { applicationId, ...text, cms: foreign };
    expect(
      await errorCode(
        fileComplaint({ db: database.db, userId, iin, body, idempotencyKey: "api-forged-1", now: NOW }),
      ),
    ).toBe("eds_iin_mismatch");
    const after = await database.db
      .select()
      .from(complaints)
      .where(eq(complaints.applicationId, applicationId));
    expect(after.length).toBe(before.length);
  }, 60_000);

  it("retries with the same idempotency key file one complaint", async () => {
    const applicationId = await refusedRequest();
    const upload = await storeAttachment({
      db: database.db,
      storage,
      userId,
      bytes: PDF,
      fileName: "letter.pdf",
      documentType: "complaint",
    });
    const payload = complaintSigningPayload({
      requestNumber: `RC-${applicationId.slice(0, 8)}`,
      subject: "lateStep",
      text: "The registration step ran late.",
      iin,
      attachments: [upload],
    });
    const body = {
      applicationId,
      subject: "lateStep",
      text: "The registration step ran late.",
      attachmentIds: [upload.id],
      cms: sign(applicantKey, payload),
    };
    const file = () =>
      fileComplaint({ db: database.db, userId, iin, body, idempotencyKey: "api-retry-1", now: NOW });
    const first = await file();
    const second = await file();
    expect(second.id).toBe(first.id);
    expect(second.number).toBe(first.number);
    const rows = await database.db
      .select()
      .from(complaints)
      .where(eq(complaints.applicationId, applicationId));
    expect(rows.length).toBe(1);
    // A second filing of the same draft with another key is a conflict; the first key still answers.
    const again = (key: string) =>
      submitComplaint({
        db: database.db,
        userId,
        iin,
        complaintId: first.id,
        cms: body.cms,
        idempotencyKey: key,
        now: NOW,
      });
    expect((await again("api-retry-1")).id).toBe(first.id);
    expect(await errorCode(again("api-retry-2"))).toBe("conflict");
    // The upload is now the complaint's: it cannot join another one.
    expect(
      await errorCode(
        draftComplaint({
          db: database.db,
          userId,
          applicationId,
          input: { subject: "request", text: "x" },
          attachmentIds: [upload.id],
        }),
        true,
      ),
    ).toBe('validation:{"attachmentIds":"complaint.unknownFile"}');
  }, 60_000);

  it("bad input is refused at its field; someone else's request is not found", async () => {
    const applicationId = await refusedRequest();
    const draft = (input: unknown, forUser = userId) =>
      draftComplaint({ db: database.db, userId: forUser, applicationId, input });
    expect(await errorCode(draft({ subject: "request", text: "   " }), true)).toBe(
      'validation:{"text":"field.required"}',
    );
    expect(await errorCode(draft({ subject: "other", text: "x" }), true)).toBe(
      'validation:{"subject":"field.choose"}',
    );
    expect(await errorCode(draft({ subject: "request", text: "x".repeat(5001) }), true)).toBe(
      'validation:{"text":"field.tooLong"}',
    );
    const [stranger] = await database.db.select().from(users).where(eq(users.iin, otherIin));
    expect(await errorCode(draft({ subject: "request", text: "x" }, stranger!.id))).toBe("not_found");
    expect(
      await errorCode(
        fileComplaint({ db: database.db, userId, iin, body: { applicationId }, idempotencyKey: "short" }),
      ),
    ).toBe("validation");
  });
});
