import "server-only";
import { env } from "@/lib/env";
import { getDb } from "@/lib/db/server";
import { createBlobStorage } from "./configured-storage";

/** The configured blob storage (BLOB_STORE): a folder under DATA_DIR, the database, or S3. */
export const blobStorage = createBlobStorage(env.blobStore, getDb);
