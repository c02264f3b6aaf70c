import { format } from "node:util";
import type { Logger } from "./create-logger";

/**
 * Sends console.error and console.warn of the server process (Next's own error output among them)
 * through the redacting logger, so a failed query's SQL parameters or a stack trace never reach the
 * log as they are.
 */
export function routeConsole(logger: Logger, target: Pick<Console, "error" | "warn"> = console): void {
  target.error = (...args: unknown[]) => logger.error("console.error", { text: format(...args) });
  target.warn = (...args: unknown[]) => logger.warn("console.warn", { text: format(...args) });
}
