import { randomInt } from "node:crypto";

/** No look-alike characters (0/O, 1/l/I): read from a screen and typed once. */
const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";

/** A one-time password for a new or reset staff account: 4 groups of 4, about 79 bits. */
export function oneTimePassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join(""),
  );
  return groups.join("-");
}
