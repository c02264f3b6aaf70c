// The production server: Next's request handler behind a plain Node HTTP server that decides the
// client address first (lib/net/client-address.mjs). `npm start`, scripts/run.sh, the benchmarks and
// the e2e tests run it. Options as `next start`: -H/--hostname (default 0.0.0.0) and -p/--port (or PORT,
// default 3000). HOSTNAME is not read: shells and containers set it to the machine's name.
import http from "node:http";
import { compileTrustedProxies, rewriteForwardedHeaders } from "./lib/net/client-address.mjs";
import { createPageCache } from "./lib/net/page-cache.mjs";

function option(short, long, fallback) {
  const args = process.argv.slice(2);
  const index = args.findIndex((arg) => arg === short || arg === long);
  return index >= 0 && args[index + 1] ? args[index + 1] : fallback;
}

const hostname = option("-H", "--hostname", "0.0.0.0");
const port = Number(option("-p", "--port", process.env.PORT || "3000"));
const trust = compileTrustedProxies(process.env.TRUSTED_PROXIES);
// The anonymous visitor pages are kept PAGE_CACHE_SECONDS (default 5; 0 turns it off; lib/env.ts checks
// the value when Next loads), a fresh CSP nonce in every answer (lib/net/page-cache.mjs).
const pageCacheSeconds = Number(process.env.PAGE_CACHE_SECONDS || 5);
const pages = createPageCache({ ttlMs: (Number.isInteger(pageCacheSeconds) ? pageCacheSeconds : 0) * 1000 });

// As `next start` does; before Next and React are loaded.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");
const app = next({ dev: false, hostname, port, dir: import.meta.dirname });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((request, response) => {
  rewriteForwardedHeaders(request, trust);
  if (pages.serve(request, response)) return;
  pages.capture(request, response);
  handle(request, response).catch(() => {
    if (!response.headersSent) response.statusCode = 500;
    response.end();
  });
});
// Idle keep-alive connections outlive the clients' and a proxy's own (nginx keeps 60 s), so the server
// never closes a socket at the moment a request is sent on it (an ECONNRESET seen once under the fuzz).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.listen(port, hostname, () => {
  console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", message: "ready", port }));
});
