import { isIPv4, isIPv6 } from "node:net";

/**
 * The network a client address is throttled by: an IPv4 address itself, an IPv6 address by its /64
 * (one subscriber's prefix: rotating addresses inside it gives no fresh counters). IPv4-mapped IPv6
 * counts as the IPv4 address. Anything else (no address known) is one shared bucket.
 */
export function clientNetwork(address: string): string {
  const value = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(value)?.[1];
  if (mapped && isIPv4(mapped)) return mapped;
  if (isIPv4(value)) return value;
  const withoutZone = value.split("%")[0] ?? "";
  if (!isIPv6(withoutZone)) return "unknown";
  return `${expandIPv6(withoutZone).slice(0, 4).join(":")}::/64`;
}

/** Eight groups of four hex digits (an embedded dotted IPv4 tail becomes the last two groups). */
function expandIPv6(address: string): string[] {
  const dotted = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address)?.[1];
  let text = address;
  if (dotted) {
    const [a, b, c, d] = dotted.split(".").map(Number);
    const tail = [((a ?? 0) << 8) | (b ?? 0), ((c ?? 0) << 8) | (d ?? 0)].map((n) => n.toString(16));
    text = address.slice(0, -dotted.length) + tail.join(":");
  }
  const [head = "", rest] = text.split("::");
  const left = head ? head.split(":") : [];
  const right = rest ? rest.split(":") : [];
  const middle = rest === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...middle, ...right].map((group) => group.padStart(4, "0"));
}
