import { env } from "@/lib/env";
import { createLogger } from "@/lib/logging/create-logger";

/**
 * Structured JSON logs (pino). Callers pass ids and codes; whatever else slips in (IINs, phones,
 * addresses, tokens, codes, passwords, SQL parameters) is redacted before it is written.
 */
export const logger = createLogger({ level: env.LOG_LEVEL });
