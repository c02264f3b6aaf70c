import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BlobStorage } from "@/lib/attachments/blob-storage";
import { createBlobStorage } from "@/lib/attachments/configured-storage";
import type { Database } from "@/lib/db/connect";
import { parseEnv } from "@/lib/env";
import { createTestDatabase } from "../support/test-database";
import { startS3Server } from "../support/s3-server";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const key = () => crypto.randomUUID();

/** Each adapter as the server makes it: BLOB_STORE and its variables through lib/env.ts. */
const adapters: {
  name: string;
  start: () => Promise<{ storage: BlobStorage; stop: () => Promise<void> }>;
}[] = [
  {
    name: "disk",
    async start() {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "qyzmet-blobs-"));
      const config = parseEnv({ DATA_DIR: dataDir }).blobStore;
      const storage = createBlobStorage(config, () => Promise.reject(new Error("no database")));
      return { storage, stop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
    },
  },
  {
    name: `database (${process.env.TEST_DATABASE})`,
    async start() {
      const database: Database = await createTestDatabase();
      const config = parseEnv({ BLOB_STORE: "postgres" }).blobStore;
      const storage = createBlobStorage(config, async () => database.db);
      return { storage, stop: () => database.close() };
    },
  },
  {
    name: "s3 (s3rver)",
    async start() {
      const s3 = await startS3Server("qyzmet-blobs");
      const storage = createBlobStorage(parseEnv(s3.env).blobStore, () => Promise.reject(new Error("none")));
      return { storage, stop: s3.close };
    },
  },
];

describe.each(adapters)("blob storage contract: $name", ({ start }) => {
  let storage: BlobStorage;
  let stop: () => Promise<void>;
  beforeAll(async () => ({ storage, stop } = await start()));
  afterAll(async () => stop?.());

  it("a missing key reads as null, and deleting it is no error", async () => {
    const missing = key();
    expect(await storage.get(missing)).toBeNull();
    await expect(storage.delete(missing)).resolves.toBeUndefined();
  });

  it("put then get gives the same bytes; other keys are untouched", async () => {
    const [a, b] = [key(), key()];
    const bytesA = new TextEncoder().encode("%PDF-1.7\n% Qyzmet test\n");
    const bytesB = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255]);
    await storage.put(a, bytesA);
    await storage.put(b, bytesB);
    expect(await storage.get(a)).toEqual(bytesA);
    expect(await storage.get(b)).toEqual(bytesB);
    await storage.delete(a);
    expect(await storage.get(a)).toBeNull();
    expect(await storage.get(b)).toEqual(bytesB);
  });

  it("put on an existing key overwrites the whole value (a shorter one leaves no tail)", async () => {
    const k = key();
    await storage.put(k, randomBytes(4096));
    const shorter = new Uint8Array(randomBytes(100));
    await storage.put(k, shorter);
    expect(await storage.get(k)).toEqual(shorter);
  });

  it("a large file (12 MB, above the 10 MB attachment limit) comes back byte for byte", async () => {
    const k = key();
    const large = new Uint8Array(randomBytes(12 * 1024 * 1024));
    await storage.put(k, large);
    const back = await storage.get(k);
    expect(back?.length).toBe(large.length);
    expect(sha256(back!)).toBe(sha256(large));
    await storage.delete(k);
    expect(await storage.get(k)).toBeNull();
  });

  it("keys that are not our ids are refused before anything is stored", async () => {
    for (const bad of ["../../etc/passwd", "A".repeat(10), "short", "x/y-12345678"]) {
      await expect(storage.put(bad, new Uint8Array([1]))).rejects.toThrow("invalid storage key");
      await expect(storage.get(bad)).rejects.toThrow("invalid storage key");
    }
  });
});
