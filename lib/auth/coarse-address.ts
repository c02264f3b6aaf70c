import { isIP } from "node:net";

/**
 * The client address made coarse for showing it back to the person: the /24 network of an IPv4
 * address ("203.0.113.x") or the /48 of an IPv6 one ("2001:db8:1::/48"). Null when not an address.
 */
export function coarseAddress(address: string | null | undefined): string | null {
  const value = (address ?? "").trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
  const version = isIP(value);
  if (version === 4) return `${value.split(".").slice(0, 3).join(".")}.x`;
  if (version !== 6) return null;
  const [head = "", tail = ""] = value.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail ? tail.split(":") : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = value.includes("::")
    ? [...headGroups, ...Array<string>(Math.max(missing, 0)).fill("0"), ...tailGroups]
    : headGroups;
  const prefix = groups.slice(0, 3).map((group) => group.replace(/^0+(?=.)/, "").toLowerCase());
  return `${prefix.join(":")}::/48`;
}
