import fs from "node:fs/promises";
import path from "node:path";

/**
 * Where attachment bytes live, chosen by BLOB_STORE (lib/attachments/server.ts): disk (one node, the
 * default), the database's `blobs` table (database-blob-storage.ts) or S3 (s3-blob-storage.ts). Every
 * adapter keeps one contract (tests/integration/blob-storage.test.ts): `put` writes or overwrites the
 * whole value, `get` gives the bytes or null when missing, `delete` of a missing key is no error.
 */
export interface BlobStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9-]{8,64}$/;

/** Keys are our own ids, never user input; anything else is refused by every adapter. */
export function checkStorageKey(key: string): string {
  if (!SAFE_KEY.test(key)) throw new Error("invalid storage key");
  return key;
}

/** Files under a folder outside the web root. */
export function createDiskStorage(root: string): BlobStorage {
  const file = (key: string) =>
    path.join(/*turbopackIgnore: true*/ root, checkStorageKey(key).slice(0, 2), key);
  return {
    async put(key, bytes) {
      const target = file(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(`${target}.part`, bytes);
      await fs.rename(`${target}.part`, target);
    },
    async get(key) {
      const target = file(key);
      try {
        return new Uint8Array(await fs.readFile(target));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await fs.rm(file(key), { force: true });
    },
  };
}
