import { describe, expect, it } from "vitest";
import { clientNetwork } from "./client-network";

describe("clientNetwork", () => {
  it("keys an IPv4 client by its address, also when mapped into IPv6", () => {
    expect(clientNetwork("203.0.113.7")).toBe("203.0.113.7");
    expect(clientNetwork("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("keys an IPv6 client by its /64, so rotating inside the prefix gives no fresh counter", () => {
    const a = clientNetwork("2001:db8:1:2::1");
    expect(a).toBe("2001:0db8:0001:0002::/64");
    expect(clientNetwork("2001:db8:1:2:ffff:eeee:dddd:cccc")).toBe(a);
    expect(clientNetwork("2001:DB8:1:2::abcd%eth0")).toBe(a);
    expect(clientNetwork("2001:db8:1:3::1")).not.toBe(a);
    expect(clientNetwork("::1")).toBe("0000:0000:0000:0000::/64");
    expect(clientNetwork("64:ff9b::192.0.2.33")).toBe("0064:ff9b:0000:0000::/64");
  });

  it("puts an unknown or malformed address in one shared bucket", () => {
    expect(clientNetwork("unknown")).toBe("unknown");
    expect(clientNetwork("1.2.3.4, 5.6.7.8")).toBe("unknown");
    expect(clientNetwork("")).toBe("unknown");
  });
});
