import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { cacheKeyOf, createPageCache, PAGE_CACHE_MARK } from "./page-cache.mjs";

type Render = { status?: number; mark?: boolean; cookie?: string; type?: string; chunks?: number };

/**
 * A real HTTP server with the cache in front of a handler that answers the way Next does: headers set
 * one by one, a nonce in the CSP and in every script tag, the body written in chunks, then end().
 */
async function start(render: Render = {}, now = () => Date.now()) {
  const cache = createPageCache({ ttlMs: 5000, now });
  let renders = 0;
  const server = http.createServer((request, response) => {
    if (cache.serve(request, response)) return;
    cache.capture(request, response);
    renders += 1;
    const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
    response.statusCode = render.status ?? 200;
    response.setHeader("content-type", render.type ?? "text/html; charset=utf-8");
    response.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`);
    response.setHeader("x-accept-encoding-seen", String(request.headers["accept-encoding"] ?? "none"));
    if (render.mark ?? true) response.setHeader(PAGE_CACHE_MARK, "1");
    if (render.cookie) response.setHeader("set-cookie", render.cookie);
    const script = `<script nonce="${nonce}">self.x=${renders}</script>`;
    const parts = Array.from({ length: render.chunks ?? 3 }, (_, i) => `<p>${"қазақ ".repeat(200)}${i}</p>`);
    response.writeHead(response.statusCode);
    for (const part of [script, ...parts]) response.write(part);
    response.end(`<script nonce="${nonce}">self.y=1</script>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { base, cache, renders: () => renders };
}

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/** The nonce of the CSP header and every nonce in the body. */
async function nonces(response: Response) {
  const csp = response.headers.get("content-security-policy") ?? "";
  const body = await response.text();
  return {
    header: csp.match(/'nonce-([^']+)'/)?.[1],
    body: [...body.matchAll(/nonce="([^"]+)"/g)].map((match) => match[1]),
    text: body,
  };
}

describe("the shared page cache", () => {
  it("renders a marked anonymous page once and answers again with a fresh nonce everywhere", async () => {
    const { base, renders } = await start();
    const first = await nonces(await fetch(`${base}/kk/services`));
    const second = await fetch(`${base}/kk/services`);
    expect(second.status).toBe(200);
    expect(second.headers.get(PAGE_CACHE_MARK)).toBeNull();
    const again = await nonces(second);
    expect(renders()).toBe(1);
    expect(again.header).toBeTruthy();
    expect(again.header).not.toBe(first.header);
    expect(again.body).toEqual([again.header, again.header]);
    expect(first.body).toEqual([first.header, first.header]);
    // The same page otherwise, byte for byte.
    expect(again.text.replaceAll(again.header!, "N")).toBe(first.text.replaceAll(first.header!, "N"));
  });

  it("gzips for a client that takes it, and Next renders uncompressed into the cache", async () => {
    const { base } = await start();
    const plain = await fetch(`${base}/kk`);
    expect(plain.headers.get("x-accept-encoding-seen")).toBe("none");
    const raw = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve) => {
      http.get(`${base}/kk`, { headers: { "accept-encoding": "gzip, br" } }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
      });
    });
    expect(raw.headers["content-encoding"]).toBe("gzip");
    expect(Number(raw.headers["content-length"])).toBe(raw.body.length);
    expect(gunzipSync(raw.body).toString("utf8")).toContain("қазақ");
  });

  it("keeps nothing the app did not mark, nor errors, nor other cookies, nor other content", async () => {
    for (const render of [
      { mark: false },
      { status: 404 },
      { cookie: "qz_session=abc; Path=/; HttpOnly" },
      { type: "application/json" },
    ]) {
      const { base, renders, cache } = await start(render);
      await (await fetch(`${base}/kk`)).text();
      const second = await fetch(`${base}/kk`);
      expect(second.status, JSON.stringify(render)).toBe(render.status ?? 200);
      expect(await second.text()).toContain("қазақ");
      expect(renders(), JSON.stringify(render)).toBe(2);
      expect(cache.size).toBe(0);
    }
  });

  it("keeps a page whose only cookie is the locale's", async () => {
    const { base, renders } = await start({ cookie: "NEXT_LOCALE=kk; Path=/; SameSite=lax" });
    await (await fetch(`${base}/kk`)).text();
    const second = await fetch(`${base}/kk`, { headers: { cookie: "NEXT_LOCALE=kk" } });
    expect(second.headers.get("set-cookie")).toContain("NEXT_LOCALE=kk");
    expect(renders()).toBe(1);
  });

  it("renders again for a signed-in or low-vision visitor, and after the entry's time", async () => {
    let clock = 1_000_000;
    const { base, renders } = await start({}, () => clock);
    await (await fetch(`${base}/kk`)).text();
    await (await fetch(`${base}/kk`, { headers: { cookie: "NEXT_LOCALE=kk; qz_session=x" } })).text();
    await (await fetch(`${base}/kk`, { headers: { cookie: "low_vision=1" } })).text();
    expect(renders()).toBe(3);
    await (await fetch(`${base}/kk`)).text();
    expect(renders()).toBe(3);
    clock += 5001;
    await (await fetch(`${base}/kk`)).text();
    expect(renders()).toBe(4);
  });
});

describe("which requests could get the shared page", () => {
  const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({
    method,
    url,
    headers: { host: "portal.example", ...headers },
  });

  it("is a GET for a locale's page document, keyed by host and the whole path", () => {
    expect(cacheKeyOf(request("/kk/services?x=1"))).toBe("portal.example/kk/services?x=1");
    expect(cacheKeyOf(request("/en"))).toBe("portal.example/en");
  });

  it("is never an API call, a file, a router fetch, a server action or a post", () => {
    for (const url of ["/api/v1/services", "/favicon.ico", "/_next/static/x.js", "/kk?_rsc=1"])
      expect(cacheKeyOf(request(url)), url).toBeNull();
    expect(cacheKeyOf(request("/kk", { rsc: "1" }))).toBeNull();
    expect(cacheKeyOf(request("/kk", { "next-router-prefetch": "1" }))).toBeNull();
    expect(cacheKeyOf(request("/kk", { "next-action": "abc" }))).toBeNull();
    expect(cacheKeyOf(request("/kk", {}, "POST"))).toBeNull();
    expect(cacheKeyOf(request("/kk", {}, "HEAD"))).toBeNull();
  });

  it("is never a request with a cookie that may change the page", () => {
    expect(cacheKeyOf(request("/kk", { cookie: "NEXT_LOCALE=ru" }))).not.toBeNull();
    for (const cookie of ["qz_session=a", "qz_staff=a", "qz_device=a", "low_vision=1", "NEXT_LOCALE=kk; x=1"])
      expect(cacheKeyOf(request("/kk", { cookie })), cookie).toBeNull();
  });
});
