import type { Db } from "@/lib/db/connect";
import { createDiskStorage, type BlobStorage } from "./blob-storage";
import { createDatabaseStorage } from "./database-blob-storage";
import type { S3StoreConfig } from "./s3-blob-storage";

export type BlobStoreConfig =
  { kind: "disk"; root: string } | { kind: "postgres" } | ({ kind: "s3" } & S3StoreConfig);

/** A storage whose adapter is made at first use (the S3 SDK is loaded only when it is configured). */
function lazy(load: () => Promise<BlobStorage>): BlobStorage {
  let storage: Promise<BlobStorage> | undefined;
  const adapter = () =>
    (storage ??= load().catch((error: unknown) => {
      storage = undefined;
      throw error;
    }));
  return {
    put: async (key, bytes) => (await adapter()).put(key, bytes),
    get: async (key) => (await adapter()).get(key),
    delete: async (key) => (await adapter()).delete(key),
  };
}

/** The adapter that BLOB_STORE names (lib/env.ts); `db` opens the database for the postgres one. */
export function createBlobStorage(config: BlobStoreConfig, db: () => Promise<Db>): BlobStorage {
  switch (config.kind) {
    case "disk":
      return createDiskStorage(config.root);
    case "postgres":
      return createDatabaseStorage(db);
    case "s3":
      return lazy(async () => (await import("./s3-blob-storage")).createS3Storage(config));
  }
}
