// A few seconds' shared cache of the anonymous visitor pages, in front of Next's handler (server.mjs),
// as nginx's "micro-caching" would do, but with the CSP nonce renewed on every answer: a cached page is
// stored with the nonce it was rendered with, and each answer gets a fresh one in the body and in the
// Content-Security-Policy header alike. Plain Node, no framework (like client-address.mjs).
//
// A page is cached only when both sides agree:
// - the request can only get the anonymous page: a GET for a document (no RSC or router headers, no
//   `_rsc` query, no server action) whose cookies are all on COOKIES_THAT_DO_NOT_CHANGE_A_PAGE (no
//   session, staff session, remembered device or low-vision preferences);
// - the app marks the answer as one page for everyone (the proxy sets PAGE_CACHE_MARK on public pages)
//   and it is a 200 HTML answer whose only cookie is the locale and whose CSP holds a nonce.
// The key is the host and the whole path with its query. Everything else goes to Next untouched.
import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";

export const PAGE_CACHE_MARK = "x-qz-page-cache";
/** next-intl's locale cookie: the path already names the locale, so the page is the same. */
export const COOKIES_THAT_DO_NOT_CHANGE_A_PAGE = new Set(["NEXT_LOCALE"]);
const ROUTER_HEADERS = ["rsc", "next-action", "next-router-state-tree", "next-router-prefetch"];
const NONCE = /'nonce-([A-Za-z0-9+/=]+)'/;

/** The cache key of a request that can only get the anonymous page, else null. */
export function cacheKeyOf(request) {
  if (request.method !== "GET") return null;
  const headers = request.headers;
  if (ROUTER_HEADERS.some((name) => headers[name] !== undefined)) return null;
  if (Object.keys(headers).some((name) => name.startsWith("next-router-"))) return null;
  const url = request.url ?? "/";
  if (!PAGE_PATH.test(url) || /[?&]_rsc=/.test(url)) return null;
  for (const pair of (headers.cookie ?? "").split(";")) {
    const name = pair.split("=")[0].trim();
    if (name && !COOKIES_THAT_DO_NOT_CHANGE_A_PAGE.has(name)) return null;
  }
  return `${headers.host ?? ""}${url}`;
}

/** A page of a locale (/kk, /kk/services/…): no file, no API, none of Next's own paths. */
const PAGE_PATH = /^\/[a-z]{2}(?:\/[^.?]*)?(?:\?.*)?$/;
const acceptsGzip = (request) => /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));

/** Sends a whole body, gzipped when the client takes it (Next would have compressed it too). */
function send(response, headers, bytes, gzip) {
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.removeHeader("transfer-encoding");
  let body = bytes;
  if (gzip && bytes.length > 1024) {
    body = gzipSync(bytes);
    response.setHeader("content-encoding", "gzip");
  }
  response.setHeader("content-length", body.length);
  response.end(body);
}

function cookiesAreOnlyTheLocale(setCookie) {
  const list = setCookie === undefined ? [] : [setCookie].flat().map(String);
  return list.every((cookie) => COOKIES_THAT_DO_NOT_CHANGE_A_PAGE.has(cookie.split("=")[0].trim()));
}

/**
 * @param {{ ttlMs: number, maxEntries?: number, now?: () => number }} options
 */
export function createPageCache({ ttlMs, maxEntries = 200, now = Date.now }) {
  /** @type {Map<string, { status: number, headers: Record<string, unknown>, body: string, nonce: string, until: number }>} */
  const entries = new Map();
  const enabled = ttlMs > 0;

  return {
    get size() {
      return entries.size;
    },
    /** Answers from the cache with a fresh nonce; false when the request is not for a cached page. */
    serve(request, response) {
      if (!enabled) return false;
      const key = cacheKeyOf(request);
      const entry = key === null ? undefined : entries.get(key);
      if (!entry) return false;
      if (entry.until <= now()) {
        entries.delete(key);
        return false;
      }
      const nonce = Buffer.from(randomUUID()).toString("base64");
      const headers = { ...entry.headers };
      headers["content-security-policy"] = String(headers["content-security-policy"]).replaceAll(
        entry.nonce,
        nonce,
      );
      response.statusCode = entry.status;
      const body = Buffer.from(entry.body.replaceAll(entry.nonce, nonce), "utf8");
      send(response, headers, body, acceptsGzip(request));
      return true;
    },
    /**
     * For a request that could be cached: Next renders it uncompressed into a buffer; when it ends, the
     * answer is kept if the app marked it, and sent (gzipped when the client takes it) either way.
     */
    capture(request, response) {
      if (!enabled) return;
      const key = cacheKeyOf(request);
      if (key === null) return;
      const gzip = acceptsGzip(request);
      delete request.headers["accept-encoding"];
      const chunks = [];
      const original = { writeHead: response.writeHead, write: response.write, end: response.end };
      const flushHeaders = response.flushHeaders;
      const restore = () => {
        Object.assign(response, original);
        response.flushHeaders = flushHeaders;
      };
      const collect = (chunk, encoding) => {
        if (chunk === undefined || chunk === null || typeof chunk === "function") return;
        chunks.push(
          Buffer.isBuffer(chunk)
            ? chunk
            : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"),
        );
      };
      response.writeHead = function writeHead(status, ...rest) {
        response.statusCode = status;
        const headers = rest.find((part) => part && typeof part === "object");
        if (Array.isArray(headers))
          for (let i = 0; i < headers.length; i += 2) response.setHeader(headers[i], headers[i + 1]);
        else if (headers)
          for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
        return response;
      };
      response.flushHeaders = () => {};
      response.write = function write(chunk, encoding, callback) {
        collect(chunk, encoding);
        const done = [encoding, callback].find((part) => typeof part === "function");
        if (done) process.nextTick(done);
        return true;
      };
      response.end = function end(chunk, encoding, callback) {
        collect(chunk, encoding);
        restore();
        const bytes = Buffer.concat(chunks);
        const headers = response.getHeaders();
        const marked = headers[PAGE_CACHE_MARK] !== undefined;
        delete headers[PAGE_CACHE_MARK];
        response.removeHeader(PAGE_CACHE_MARK);
        const nonce = String(headers["content-security-policy"] ?? "").match(NONCE)?.[1];
        const html = String(headers["content-type"] ?? "").startsWith("text/html");
        if (
          marked &&
          response.statusCode === 200 &&
          html &&
          nonce &&
          cookiesAreOnlyTheLocale(headers["set-cookie"])
        ) {
          if (entries.size >= maxEntries) entries.delete(entries.keys().next().value);
          delete headers["content-length"];
          delete headers["content-encoding"];
          const body = bytes.toString("utf8");
          entries.set(key, { status: 200, headers, body, nonce, until: now() + ttlMs });
        }
        const done = [chunk, encoding, callback].find((part) => typeof part === "function");
        if (done) response.once("finish", done);
        send(response, {}, bytes, gzip);
        return response;
      };
    },
  };
}
