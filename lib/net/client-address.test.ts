import { describe, expect, it } from "vitest";
import { clientAddressOf, compileTrustedProxies, rewriteForwardedHeaders } from "./client-address.mjs";

const request = (remoteAddress: string, headers: Record<string, string> = {}) => ({
  headers: { ...headers },
  socket: { remoteAddress },
});
const address = (fake: ReturnType<typeof request>, trusted?: string) =>
  clientAddressOf(fake, compileTrustedProxies(trusted));

describe("the client address", () => {
  it("is the socket address when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(address(request("203.0.113.9", { "x-forwarded-for": "1.2.3.4" }))).toBe("203.0.113.9");
    expect(address(request("203.0.113.9", { "x-forwarded-for": "1.2.3.4, 5.6.7.8" }))).toBe("203.0.113.9");
  });

  it("behind trusted proxies is the right-most X-Forwarded-For entry that is not a trusted proxy", () => {
    const trusted = "10.0.0.0/8, 192.168.1.1";
    // The client wrote "1.2.3.4"; the edge proxy appended the real peer 198.51.100.7; an inner proxy
    // 10.0.0.5 forwarded to the load balancer 192.168.1.1, the socket.
    const chain = { "x-forwarded-for": "1.2.3.4, 198.51.100.7, 10.0.0.5" };
    expect(address(request("192.168.1.1", chain), trusted)).toBe("198.51.100.7");
    // Rotating the client-written entry changes nothing.
    const rotated = { "x-forwarded-for": "9.9.9.9, 198.51.100.7, 10.0.0.5" };
    expect(address(request("192.168.1.1", rotated), trusted)).toBe("198.51.100.7");
    // A socket that is not a trusted proxy is the client, X-Forwarded-For or not.
    expect(address(request("198.51.100.8", chain), trusted)).toBe("198.51.100.8");
    // Every entry trusted: the left-most one is the client.
    expect(address(request("10.0.0.1", { "x-forwarded-for": "10.0.0.2" }), trusted)).toBe("10.0.0.2");
  });

  it("rewrites X-Forwarded-For to that one address and drops proxy headers from untrusted sockets", () => {
    const trust = compileTrustedProxies("127.0.0.1");
    const direct = request("203.0.113.9", {
      "x-forwarded-for": "1.2.3.4",
      "x-forwarded-host": "evil.example",
      "x-forwarded-proto": "https",
      host: "portal.example",
    });
    rewriteForwardedHeaders(direct, trust);
    expect(direct.headers).toEqual({ "x-forwarded-for": "203.0.113.9", host: "portal.example" });

    const proxied = request("127.0.0.1", {
      "x-forwarded-for": "1.2.3.4, 198.51.100.7",
      "x-forwarded-host": "portal.example",
      "x-forwarded-proto": "https",
    });
    rewriteForwardedHeaders(proxied, trust);
    expect(proxied.headers).toEqual({
      "x-forwarded-for": "198.51.100.7",
      "x-forwarded-host": "portal.example",
      "x-forwarded-proto": "https",
    });
  });

  it("refuses a TRUSTED_PROXIES entry that is not an IP or CIDR, naming the variable", () => {
    expect(() => compileTrustedProxies("10.0.0.0/8, proxy.example")).toThrow(/TRUSTED_PROXIES/);
    expect(() => compileTrustedProxies("10.0.0.0/33")).toThrow(/TRUSTED_PROXIES/);
    expect(compileTrustedProxies(undefined)("127.0.0.1", 0)).toBe(false);
  });
});
