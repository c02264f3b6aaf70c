import { describe, expect, it } from "vitest";
import { childKey } from "./duplicate-birth";

describe("the key of one child for the duplicate-birth warning", () => {
  it("is the mother's IIN, the birth date and the given name, the name in any case", () => {
    const one = childKey({
      motherIin: "890214410141",
      childBirthDate: "2026-11-20",
      childGivenName: "Әлихан",
    });
    const two = childKey({
      motherIin: "890214410141",
      childBirthDate: "2026-11-20",
      childGivenName: " ӘЛИХАН ",
    });
    expect(one).toEqual(two);
    expect(one).toEqual({ motherIin: "890214410141", birthDate: "2026-11-20", givenName: "әлихан" });
  });

  it("is none while one of the three is missing", () => {
    expect(childKey({ motherIin: "890214410141", childBirthDate: "2026-11-20" })).toBeNull();
    expect(childKey({ childBirthDate: "2026-11-20", childGivenName: "Әлихан" })).toBeNull();
  });
});
