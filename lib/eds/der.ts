/**
 * A strict DER reader for the few structures the signature check walks (lib/eds/signed-data.ts):
 * definite, minimally encoded lengths, single-byte tags. Anything else is `null`, never a guess.
 */
export type Tlv = {
  /** The identifier octet (class, constructed bit and tag number below 31). */
  tag: number;
  /** Where the element starts (its tag), where its contents start, and where it ends. */
  start: number;
  body: number;
  end: number;
};

export const TAG = {
  integer: 0x02,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
  context0: 0xa0,
  context1: 0xa1,
} as const;

/** The element at `offset`, within `limit`; null when it is not strict DER or runs past the limit. */
export function readTlv(bytes: Uint8Array, offset: number, limit = bytes.length): Tlv | null {
  if (offset + 2 > limit) return null;
  const tag = bytes[offset]!;
  if ((tag & 0x1f) === 0x1f) return null;
  const first = bytes[offset + 1]!;
  let length = first;
  let body = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    // 0x80 (indefinite) is BER, and four length octets are far beyond what we accept.
    if (count === 0 || count > 3 || body + count > limit) return null;
    length = 0;
    for (let index = 0; index < count; index++) length = length * 256 + bytes[body + index]!;
    if (bytes[body] === 0 || length < 0x80) return null;
    body += count;
  }
  const end = body + length;
  if (end > limit) return null;
  return { tag, start: offset, body, end };
}

/** The elements inside a constructed one, in order; null when they do not fill it exactly. */
export function childrenOf(bytes: Uint8Array, parent: Tlv): Tlv[] | null {
  if (!(parent.tag & 0x20)) return null;
  const found: Tlv[] = [];
  for (let offset = parent.body; offset < parent.end;) {
    const child = readTlv(bytes, offset, parent.end);
    if (!child) return null;
    found.push(child);
    offset = child.end;
  }
  return found;
}

/** An OBJECT IDENTIFIER's dotted text; null when it is malformed. */
export function oidOf(bytes: Uint8Array, element: Tlv): string | null {
  if (element.tag !== TAG.oid || element.end === element.body) return null;
  const arcs: number[] = [];
  let value = 0;
  for (let offset = element.body; offset < element.end; offset++) {
    const byte = bytes[offset]!;
    // A leading 0x80 is a non-minimal arc; arcs past 2^31 are not in any OID we accept.
    if (value === 0 && byte === 0x80) return null;
    value = value * 128 + (byte & 0x7f);
    if (value > 0x7fffffff) return null;
    if (!(byte & 0x80)) {
      arcs.push(value);
      value = 0;
    } else if (offset === element.end - 1) return null;
  }
  const head = arcs.shift()!;
  const first = head < 40 ? 0 : head < 80 ? 1 : 2;
  return [first, head - first * 40, ...arcs].join(".");
}

/** The whole element's bytes (tag, length and contents). */
export function slice(bytes: Uint8Array, element: Tlv): Uint8Array {
  return bytes.subarray(element.start, element.end);
}

/** The contents' bytes. */
export function contents(bytes: Uint8Array, element: Tlv): Uint8Array {
  return bytes.subarray(element.body, element.end);
}
