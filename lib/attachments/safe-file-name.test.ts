import { describe, expect, it } from "vitest";
import { safeFileName } from "./safe-file-name";

describe("stored file names", () => {
  it("take the extension from the detected type, not from the name", () => {
    expect(safeFileName("poly.html", "application/pdf")).toBe("poly.pdf");
    expect(safeFileName("photo.jpg", "image/png")).toBe("photo.png");
    expect(safeFileName("scan.JPEG", "image/jpeg")).toBe("scan.jpg");
    expect(safeFileName("statement", "application/pdf")).toBe("statement.pdf");
    expect(safeFileName("archive.tar.html", "application/pdf")).toBe("archive.tar.pdf");
  });

  it("drop bidi controls, zero-width marks and control characters", () => {
    expect(safeFileName("invoice\u202Efdp.html", "application/pdf")).toBe("invoicefdp.pdf");
    expect(safeFileName("a\u200Bb\u2066c\uFEFF.pdf", "application/pdf")).toBe("abc.pdf");
    expect(safeFileName("report\u0000\u0007\u001b.pdf", "application/pdf")).toBe("report.pdf");
  });

  it("keep Kazakh and Cyrillic letters, digits, space and -_.(), and replace the rest", () => {
    expect(safeFileName("Өтініш — Әлихан Құрманғазы (1).pdf", "application/pdf")).toBe(
      "Өтініш - Әлихан Құрманғазы (1).pdf",
    );
    expect(safeFileName("../../etc/passwd.pdf", "application/pdf")).toBe("_.._etc_passwd.pdf");
    expect(safeFileName("C:\\Windows\\evil.pdf", "application/pdf")).toBe("C__Windows_evil.pdf");
    expect(safeFileName('<img src=x onerror="alert(1)">.png', "image/png")).toBe(
      "_img src_x onerror__alert(1)__.png",
    );
  });

  it("never give an empty, hidden or overlong name", () => {
    expect(safeFileName("", "application/pdf")).toBe("document.pdf");
    expect(safeFileName("...", "image/png")).toBe("document.png");
    expect(safeFileName("Квитанция об оплате .pdf", "application/pdf")).toBe("Квитанция об оплате .pdf");
    expect(safeFileName("   ", "application/pdf")).toBe("document.pdf");
    expect(safeFileName(".htaccess", "application/pdf")).toBe("htaccess.pdf");
    expect([...safeFileName("ә".repeat(500), "application/pdf")]).toHaveLength(200);
  });
});
