import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft } from "@/lib/applications/drafts";
import { removeDraftUpload, storeDraftUploads } from "@/lib/applications/draft-uploads";
import { createDatabaseStorage } from "@/lib/attachments/database-blob-storage";
import { readAttachment } from "@/lib/attachments/store-attachment";
import type { Database } from "@/lib/db/connect";
import { applications, attachments, blobs, users } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { seedDatabase } from "@/lib/seed";
import { demoApplicantIins } from "@/lib/seed/seed-demo-accounts";
import { documentsFor } from "@/lib/services/documents";
import { storedService } from "@/lib/services/registry";
import { createTestDatabase } from "../support/test-database";

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n% ${text}\n%%EOF\n`);
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const documentTypes = documentsFor(storedService("birth-registration"), "portal").map((doc) => doc.id);

/**
 * The documents step posted as one multipart form (no JavaScript): each chosen file is stored at its
 * document, bad files are reported at theirs, and the same post again changes nothing.
 */
describe(`draft uploads from the multipart documents form (${process.env.TEST_DATABASE})`, () => {
  let database: Database;
  let owner: string;
  let other: string;
  let storage: ReturnType<typeof createDatabaseStorage>;

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedDatabase(database.db, { demo: true });
    const [first, second] = demoApplicantIins();
    const idOf = async (iin: string) =>
      (await database.db.select().from(users).where(eq(users.iin, iin)))[0]!.id;
    [owner, other] = [await idOf(first!), await idOf(second!)];
    storage = createDatabaseStorage(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  const rowsOf = (applicationId: string) =>
    database.db.select().from(attachments).where(eq(attachments.applicationId, applicationId));

  it("stores each file at its document with its bytes; a repeated post adds nothing", async () => {
    const { db } = database;
    const draft = await createDraft({ db, userId: owner, serviceId: "birth-registration" });
    const uploads = [
      { documentType: "parentsIdentity", fileName: "passports.pdf", bytes: pdf("passports") },
      { documentType: "medicalBirthCertificate", fileName: "certificate.png", bytes: png },
    ];
    const post = () =>
      storeDraftUploads({ db, storage, userId: owner, applicationId: draft.id, documentTypes, uploads });
    const first = await post();
    expect(first.errors).toEqual({});
    expect(first.stored.map((file) => [file.documentType, file.name, file.mediaType])).toEqual([
      ["parentsIdentity", "passports.pdf", "application/pdf"],
      ["medicalBirthCertificate", "certificate.png", "image/png"],
    ]);
    const read = await readAttachment({ db, storage, userId: owner, id: first.stored[0]!.id });
    expect(read?.bytes).toEqual(uploads[0]!.bytes);

    const again = await post();
    expect(again.stored.map((file) => file.id)).toEqual(first.stored.map((file) => file.id));
    const rows = await rowsOf(draft.id);
    expect(rows.map((row) => row.documentType).sort()).toEqual([
      "medicalBirthCertificate",
      "parentsIdentity",
    ]);
    expect(await db.select().from(blobs).where(eq(blobs.key, rows[0]!.storageKey))).toHaveLength(1);
  });

  it("two identical posts at once keep one file", async () => {
    const { db } = database;
    const draft = await createDraft({ db, userId: owner, serviceId: "birth-registration" });
    const uploads = [{ documentType: "parentsIdentity", fileName: "same.pdf", bytes: pdf("same") }];
    const post = () =>
      storeDraftUploads({ db, storage, userId: owner, applicationId: draft.id, documentTypes, uploads });
    const [one, two] = await Promise.all([post(), post()]);
    expect(one.stored[0]!.id).toBe(two.stored[0]!.id);
    expect(await rowsOf(draft.id)).toHaveLength(1);
  });

  it("a bad file is reported at its document; the good one beside it is stored", async () => {
    const { db } = database;
    const draft = await createDraft({ db, userId: owner, serviceId: "birth-registration" });
    const result = await storeDraftUploads({
      db,
      storage,
      userId: owner,
      applicationId: draft.id,
      documentTypes,
      uploads: [
        { documentType: "parentsIdentity", fileName: "notes.txt", bytes: new TextEncoder().encode("hello") },
        { documentType: "marriageCertificate", fileName: "empty.pdf", bytes: new Uint8Array() },
        { documentType: "medicalBirthCertificate", fileName: "ok.pdf", bytes: pdf("ok") },
        // Not a document of this service on the portal (the paper application): ignored.
        { documentType: "application", fileName: "application.pdf", bytes: pdf("application") },
      ],
    });
    expect(result.errors).toEqual({ parentsIdentity: "file.type", marriageCertificate: "file.empty" });
    expect((await rowsOf(draft.id)).map((row) => row.documentType)).toEqual(["medicalBirthCertificate"]);
  });

  it("someone else's draft is not found and a sent request is a conflict: nothing is stored", async () => {
    const { db } = database;
    const draft = await createDraft({ db, userId: owner, serviceId: "birth-registration" });
    const uploads = [{ documentType: "parentsIdentity", fileName: "x.pdf", bytes: pdf("x") }];
    const attempt = (userId: string) =>
      storeDraftUploads({ db, storage, userId, applicationId: draft.id, documentTypes, uploads });
    await expect(attempt(other)).rejects.toMatchObject({ code: "not_found" });
    await db.update(applications).set({ status: "submitted" }).where(eq(applications.id, draft.id));
    await expect(attempt(owner)).rejects.toBeInstanceOf(AppError);
    await expect(attempt(owner)).rejects.toMatchObject({ code: "conflict" });
    expect(await rowsOf(draft.id)).toHaveLength(0);
  });

  it("removes a file of the draft (twice is no error); not another draft's", async () => {
    const { db } = database;
    const draft = await createDraft({ db, userId: owner, serviceId: "birth-registration" });
    const otherDraft = await createDraft({ db, userId: owner, serviceId: "birth-registration" });
    const { stored } = await storeDraftUploads({
      db,
      storage,
      userId: owner,
      applicationId: draft.id,
      documentTypes,
      uploads: [{ documentType: "parentsIdentity", fileName: "gone.pdf", bytes: pdf("gone") }],
    });
    const id = stored[0]!.id;
    const remove = (applicationId: string) =>
      removeDraftUpload({ db, storage, userId: owner, applicationId, attachmentId: id });
    expect(await remove(otherDraft.id)).toBeNull();
    expect(await rowsOf(draft.id)).toHaveLength(1);
    expect(await remove(draft.id)).toBe("gone.pdf");
    expect(await remove(draft.id)).toBeNull();
    expect(await rowsOf(draft.id)).toHaveLength(0);
  });
});
