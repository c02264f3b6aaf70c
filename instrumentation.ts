import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // Next's own error output (console.error / console.warn) goes through the redacting logger.
  const [{ logger }, { routeConsole }] = await Promise.all([
    import("./lib/logger"),
    import("./lib/logging/route-console"),
  ]);
  routeConsole(logger);
  const { startServer } = await import("./lib/runtime/start-server");
  await startServer();
}

/** A request that failed on the server: logged redacted, with the route and never the query string. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logger } = await import("./lib/logger");
  logger.error("request error", {
    method: request.method,
    route: context.routePath,
    routeType: context.routeType,
    error,
  });
};
