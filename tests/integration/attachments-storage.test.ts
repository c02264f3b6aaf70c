import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft, deleteDraft } from "@/lib/applications/drafts";
import { createBlobStorage } from "@/lib/attachments/configured-storage";
import { readAttachment, removeAttachment, storeAttachment } from "@/lib/attachments/store-attachment";
import type { Database } from "@/lib/db/connect";
import { attachments, users } from "@/lib/db/schema";
import { parseEnv } from "@/lib/env";
import { seedDatabase } from "@/lib/seed";
import { demoApplicantIins } from "@/lib/seed/seed-demo-accounts";
import { startS3Server } from "../support/s3-server";
import { createTestDatabase } from "../support/test-database";

const pdf = (text: string) => new TextEncoder().encode(`%PDF-1.7\n% ${text}\n%%EOF\n`);
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * The applicant's attach, download, replace and discard steps with the bytes in a shared store
 * (BLOB_STORE=postgres or s3), as two server nodes see it: each node makes its own storage from the
 * same configuration, and what one stored the other reads.
 */
describe.each(["postgres", "s3"] as const)(
  `attachments with BLOB_STORE=%s across two nodes (${process.env.TEST_DATABASE})`,
  (store) => {
    let database: Database;
    let closeS3 = async () => undefined as void;
    let owner: string;
    let other: string;
    let nodes: [ReturnType<typeof createBlobStorage>, ReturnType<typeof createBlobStorage>];

    beforeAll(async () => {
      database = await createTestDatabase();
      await seedDatabase(database.db, { demo: true });
      const [first, second] = demoApplicantIins();
      const idOf = async (iin: string) =>
        (await database.db.select().from(users).where(eq(users.iin, iin)))[0]!.id;
      [owner, other] = [await idOf(first!), await idOf(second!)];
      let variables: Record<string, string> = { BLOB_STORE: "postgres" };
      if (store === "s3") {
        const s3 = await startS3Server("qyzmet-attachments");
        variables = s3.env;
        closeS3 = s3.close;
      }
      const node = () => createBlobStorage(parseEnv(variables).blobStore, async () => database.db);
      nodes = [node(), node()];
    });
    afterAll(async () => {
      await database?.close();
      await closeS3();
    });

    it("uploaded on one node, downloaded on the other: same bytes and hash; nobody else's", async () => {
      const { db } = database;
      const draft = await createDraft({ db, userId: owner, serviceId: "birth-registration" });
      const bytes = pdf("medical certificate of birth");
      const stored = await storeAttachment({
        db,
        storage: nodes[0],
        userId: owner,
        bytes,
        fileName: "certificate.pdf",
        documentType: "birthCertificate",
        applicationId: draft.id,
      });
      expect(stored).toMatchObject({
        size: bytes.length,
        mediaType: "application/pdf",
        sha256: sha256(bytes),
      });
      const read = await readAttachment({ db, storage: nodes[1], userId: owner, id: stored.id });
      expect(read?.bytes).toEqual(bytes);
      expect(sha256(read!.bytes)).toBe(stored.sha256);
      expect(await readAttachment({ db, storage: nodes[1], userId: other, id: stored.id })).toBeNull();
    });

    it("removed on one node: gone from the store for both; a discarded draft takes its files", async () => {
      const { db } = database;
      const draft = await createDraft({ db, userId: owner, serviceId: "birth-registration" });
      const upload = (text: string) =>
        storeAttachment({
          db,
          storage: nodes[0],
          userId: owner,
          bytes: pdf(text),
          fileName: `${text}.pdf`,
          documentType: "application",
          applicationId: draft.id,
        });
      const [first, second] = [await upload("first"), await upload("second")];
      const [keyOf] = [
        async (id: string) =>
          (await db.select().from(attachments).where(eq(attachments.id, id)))[0]?.storageKey,
      ];
      const secondKey = (await keyOf(second.id))!;
      expect(await removeAttachment({ db, storage: nodes[1], userId: owner, id: first.id })).toBe(true);
      expect(await nodes[0].get(first.id)).toBeNull();
      expect(await readAttachment({ db, storage: nodes[0], userId: owner, id: first.id })).toBeNull();
      expect(await nodes[0].get(secondKey)).toEqual(pdf("second"));
      await deleteDraft({ db, userId: owner, applicationId: draft.id, storage: nodes[1] });
      expect(await nodes[0].get(secondKey)).toBeNull();
      expect(await keyOf(second.id)).toBeUndefined();
    });
  },
);
