import type { resultDocuments } from "@/lib/db/schema";

/** A request's result document as stored: kind, number, content, and the head's signature once signed. */
export type ResultDocument = typeof resultDocuments.$inferSelect;
