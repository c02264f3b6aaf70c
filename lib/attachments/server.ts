import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { createDiskStorage } from "./blob-storage";

/** The configured blob storage: a folder under DATA_DIR (outside the web root). */
export const blobStorage = createDiskStorage(path.join(/*turbopackIgnore: true*/ env.dataDir, "blobs"));
