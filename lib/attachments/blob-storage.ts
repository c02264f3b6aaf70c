import fs from "node:fs/promises";
import path from "node:path";

/** Where attachment bytes live. Disk by default; an S3-compatible store would implement the same port. */
export interface BlobStorage {
  put(key: string, bytes: Uint8Array): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[a-z0-9-]{8,64}$/;

/** Files under a folder outside the web root; keys are our own ids, never user input. */
export function createDiskStorage(root: string): BlobStorage {
  const file = (key: string) => {
    if (!SAFE_KEY.test(key)) throw new Error("invalid storage key");
    return path.join(/*turbopackIgnore: true*/ root, key.slice(0, 2), key);
  };
  return {
    async put(key, bytes) {
      const target = file(key);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.writeFile(`${target}.part`, bytes);
      await fs.rename(`${target}.part`, target);
    },
    async get(key) {
      try {
        return new Uint8Array(await fs.readFile(file(key)));
      } catch {
        return null;
      }
    },
    async delete(key) {
      await fs.rm(file(key), { force: true });
    },
  };
}
