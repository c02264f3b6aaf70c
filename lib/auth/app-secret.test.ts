import { describe, expect, it } from "vitest";
import { missingAppSecret } from "./app-secret";
import { readDeviceCookie, signDeviceCookie } from "./device-cookie";

describe("the server secret", () => {
  it("is required in production outside demo mode, and only there", () => {
    expect(missingAppSecret({ NODE_ENV: "production", DEMO_MODE: false, APP_SECRET: undefined })).toBe(true);
    expect(missingAppSecret({ NODE_ENV: "production", DEMO_MODE: false, APP_SECRET: "x".repeat(32) })).toBe(
      false,
    );
    expect(missingAppSecret({ NODE_ENV: "production", DEMO_MODE: true, APP_SECRET: undefined })).toBe(false);
    expect(missingAppSecret({ NODE_ENV: "development", DEMO_MODE: false, APP_SECRET: undefined })).toBe(
      false,
    );
  });
});

describe("the remembered-device cookie", () => {
  const secret = "s".repeat(32);
  const id = "0b6a8f4e-2d1c-4a55-9e3f-7c2b1a0d9e8f";

  it("reads back the device id it signed", () => {
    expect(readDeviceCookie(signDeviceCookie(id, secret), secret)).toBe(id);
  });

  it("refuses a tampered HMAC, another device's HMAC, another secret and garbage", () => {
    const cookie = signDeviceCookie(id, secret);
    const [, mac] = cookie.split(".");
    const flipped = `${id}.${mac!.slice(0, -1)}${mac!.endsWith("A") ? "B" : "A"}`;
    expect(readDeviceCookie(flipped, secret)).toBeNull();
    const other = "1b6a8f4e-2d1c-4a55-9e3f-7c2b1a0d9e8f";
    expect(readDeviceCookie(`${other}.${mac}`, secret)).toBeNull();
    expect(readDeviceCookie(cookie, "t".repeat(32))).toBeNull();
    for (const garbage of ["", id, `${id}.`, `.${mac}`, `${cookie}.x`, "a".repeat(500), null, undefined])
      expect(readDeviceCookie(garbage, secret)).toBeNull();
  });
});
