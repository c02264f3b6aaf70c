import { describe, expect, it } from "vitest";
import { checkStateChange } from "./check-state-change";
import { edgeHeaders } from "./edge-headers";

const appOrigin = "https://qyzmet.example";
const post = (headers: Record<string, string>, method = "POST") =>
  new Request("https://qyzmet.example/api/v1/applications", { method, headers });
const json = { "content-type": "application/json", "content-length": "2" };
const session = { cookie: "low_vision=1; qz_session=abc" };

describe("state changes: Origin equal to APP_ORIGIN, JSON bodies", () => {
  it("lets a same-origin JSON request through, and reads pass untouched", () => {
    expect(checkStateChange(post({ ...json, ...session, origin: appOrigin }), { appOrigin })).toBeNull();
    expect(checkStateChange(post({ ...session }, "GET"), { appOrigin })).toBeNull();
  });

  it("refuses another origin even when Host and X-Forwarded-Host claim it", () => {
    const spoofed = post({
      ...json,
      origin: "https://evil.example",
      host: "evil.example",
      "x-forwarded-host": "evil.example",
    });
    expect(checkStateChange(spoofed, { appOrigin })).toBe("forbidden");
    expect(checkStateChange(post({ ...json, origin: "null" }), { appOrigin })).toBe("forbidden");
    expect(checkStateChange(post({ ...json, origin: "https://qyzmet.example.evil.io" }), { appOrigin })).toBe(
      "forbidden",
    );
  });

  it("refuses a signed-in request with no Origin, and a cross-site fetch; a client with no session may omit it", () => {
    expect(checkStateChange(post({ ...json, ...session }), { appOrigin })).toBe("forbidden");
    expect(checkStateChange(post({ ...json, cookie: "qz_staff=x" }, "DELETE"), { appOrigin })).toBe(
      "forbidden",
    );
    expect(checkStateChange(post({ ...json, "sec-fetch-site": "cross-site" }), { appOrigin })).toBe(
      "forbidden",
    );
    expect(checkStateChange(post({ ...json }), { appOrigin })).toBeNull();
  });

  it("refuses text/plain, form and missing content types for a body (415); multipart only where allowed", () => {
    const same = { origin: appOrigin, ...session };
    for (const type of ["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded"])
      expect(checkStateChange(post({ ...same, "content-type": type }), { appOrigin }), type).toBe(
        "json_required",
      );
    expect(checkStateChange(post({ ...same, "content-length": "12" }), { appOrigin })).toBe("json_required");
    const multipart = post({ ...same, "content-type": "multipart/form-data; boundary=x" });
    expect(checkStateChange(multipart, { appOrigin })).toBe("json_required");
    expect(checkStateChange(multipart, { appOrigin, multipart: true })).toBeNull();
    expect(
      checkStateChange(post({ ...same, "content-type": "application/json; charset=utf-8" }), { appOrigin }),
    ).toBeNull();
    expect(checkStateChange(post({ ...same }, "DELETE"), { appOrigin })).toBeNull();
  });
});

describe("edge headers", () => {
  it("send HSTS only when the public origin is https", () => {
    expect(edgeHeaders({ pathname: "/kk", appOrigin })["strict-transport-security"]).toMatch(
      /^max-age=\d{8}/,
    );
    expect(edgeHeaders({ pathname: "/kk", appOrigin: "http://localhost:3000" })).toEqual({});
  });

  it("mark the cabinet and office pages no-store, and nothing else", () => {
    const http = "http://localhost:3000";
    for (const pathname of ["/kk/cabinet", "/ru/cabinet/keys", "/en/office", "/kk/office/requests/x"])
      expect(edgeHeaders({ pathname, appOrigin: http }), pathname).toEqual({ "cache-control": "no-store" });
    for (const pathname of ["/kk", "/kk/services", "/en/officers", "/kk/verify"])
      expect(edgeHeaders({ pathname, appOrigin: http }), pathname).toEqual({});
  });
});
