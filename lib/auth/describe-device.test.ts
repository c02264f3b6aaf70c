import { describe, expect, it } from "vitest";
import { coarseAddress } from "./coarse-address";
import { describeDevice } from "./describe-device";

describe("describeDevice", () => {
  it("names the browser family and the system, nothing finer", () => {
    expect(
      describeDevice(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) " +
          "Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0",
      ),
    ).toBe("Edge · Windows");
    expect(describeDevice("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0")).toBe(
      "Firefox · Linux",
    );
    expect(
      describeDevice(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) " +
          "Version/17.5 Mobile/15E148 Safari/604.1",
      ),
    ).toBe("Safari · iOS");
    expect(
      describeDevice(
        "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) " +
          "Chrome/126.0 Mobile Safari/537.36",
      ),
    ).toBe("Chrome · Android");
  });

  it("says nothing for an unknown or missing agent", () => {
    expect(describeDevice("curl/8.5.0")).toBeNull();
    expect(describeDevice(undefined)).toBeNull();
    expect(describeDevice("x".repeat(10_000))).toBeNull();
  });
});

describe("coarseAddress", () => {
  it("keeps only the network of an address", () => {
    expect(coarseAddress("203.0.113.57")).toBe("203.0.113.x");
    expect(coarseAddress("::ffff:198.51.100.7")).toBe("198.51.100.x");
    expect(coarseAddress("2001:db8:1:2:3:4:5:6")).toBe("2001:db8:1::/48");
    expect(coarseAddress("2001:db8::1")).toBe("2001:db8:0::/48");
    expect(coarseAddress("::1")).toBe("0:0:0::/48");
  });

  it("gives null for anything that is not an address", () => {
    expect(coarseAddress("unknown")).toBeNull();
    expect(coarseAddress("")).toBeNull();
    expect(coarseAddress(null)).toBeNull();
  });
});
