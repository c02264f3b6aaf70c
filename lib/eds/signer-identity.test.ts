import { describe, expect, it } from "vitest";
import { holderName } from "./issue-certificate";
import { signerIdentity, signerLabel } from "./signer-identity";

const head = {
  iin: "780412300157",
  surname: "Бекенов",
  givenName: "Марат",
  patronymic: "Қайратұлы",
  organisation: { name: "ЗАГС Алматинского района", bin: "120540012345" },
};

describe("signerIdentity: the certificate subject as a name and an organisation", () => {
  it("reads a staff certificate's subject as written by the CMS check", () => {
    const subject = holderName(head).toString();
    expect(subject).toContain("IIN780412300157");
    const identity = signerIdentity(subject);
    expect(identity).toEqual({ name: "БЕКЕНОВ МАРАТ ҚАЙРАТҰЛЫ", organisation: "ЗАГС Алматинского района" });
    expect(signerLabel(identity)).toBe("БЕКЕНОВ МАРАТ ҚАЙРАТҰЛЫ, ЗАГС Алматинского района");
    expect(signerLabel(identity)).not.toMatch(/IIN|BIN|CN=|\d/);
  });

  it("an individual's certificate has no organisation: the name alone", () => {
    const subject = holderName({ ...head, organisation: undefined, patronymic: null }).toString();
    expect(signerIdentity(subject)).toEqual({ name: "БЕКЕНОВ МАРАТ", organisation: null });
    expect(signerLabel(signerIdentity(subject))).toBe("БЕКЕНОВ МАРАТ");
  });

  it("a subject written by hand in the usual layout, with digits in the CN dropped", () => {
    const subject = "CN=ИВАНОВ ИВАН 1, 2.5.4.5=IIN900101300123, C=KZ, O=Org, 2.5.4.11=BIN123456789012";
    expect(signerIdentity(subject)).toEqual({ name: "ИВАНОВ ИВАН", organisation: "Org" });
  });

  it("nothing, or garbage, gives no name (never the raw text)", () => {
    expect(signerIdentity(null)).toEqual({ name: null, organisation: null });
    expect(signerIdentity("2.5.4.5=IIN900101300123")).toEqual({ name: null, organisation: null });
    expect(signerIdentity("not a subject ===")).toEqual({ name: null, organisation: null });
    expect(signerLabel(signerIdentity("not a subject ==="))).toBe("—");
  });
});
