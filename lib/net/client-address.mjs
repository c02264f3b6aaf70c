// The client address, for the custom server (server.mjs) and its unit test. Plain JavaScript: the
// server runs with Node alone, before Next and TypeScript are involved. Types: client-address.d.mts.
import proxyAddr from "proxy-addr";

/** Proxy headers only a trusted proxy may set; from anyone else they are dropped. */
const PROXY_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded"];

/**
 * Compiles TRUSTED_PROXIES (comma-separated IPs or CIDRs; empty: trust no proxy) into proxy-addr's
 * trust function. A bad entry stops the start with a message naming the variable.
 */
export function compileTrustedProxies(value) {
  const entries = (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  try {
    return proxyAddr.compile(entries);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Invalid configuration:\n  TRUSTED_PROXIES: ${reason}`);
  }
}

/**
 * The socket address, unless the socket is a trusted proxy: then the right-most X-Forwarded-For
 * entry that is not itself a trusted proxy. Entries a client wrote further left are never believed.
 */
export function clientAddressOf(request, trust) {
  return proxyAddr(request, trust) || request.socket?.remoteAddress || "unknown";
}

/**
 * Rewrites the request before Next sees it: X-Forwarded-For becomes the one client address (Next
 * keeps a header that is present, so a client's own value would otherwise win), and the other proxy
 * headers are dropped unless the socket is a trusted proxy.
 */
export function rewriteForwardedHeaders(request, trust) {
  const address = clientAddressOf(request, trust);
  const socket = request.socket?.remoteAddress;
  if (!socket || !trust(socket, 0)) for (const name of PROXY_HEADERS) delete request.headers[name];
  request.headers["x-forwarded-for"] = address;
  return address;
}
