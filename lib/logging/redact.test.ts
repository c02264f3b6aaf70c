import { DrizzleQueryError } from "drizzle-orm/errors";
import { describe, expect, it } from "vitest";
import { createLogger } from "./create-logger";
import { redactText } from "./redact-text";
import { routeConsole } from "./route-console";

const person = {
  iin: "941114310075",
  phone: "+77011013091",
  address: "Іле ауданы, Қонаев к-сі, 60",
  password: "qyzmet-demo-2026",
};
const personal = [/941114310075/, /7011013091/, /701\D{0,3}101/, /Қонаев/, /qyzmet-demo-2026/];

function capture(level: "debug" | "info" | "warn" | "error" | "silent" = "debug") {
  const lines: string[] = [];
  const logger = createLogger({ level, destination: { write: (line: string) => void lines.push(line) } });
  return { logger, lines, text: () => lines.join("") };
}

describe("log redaction", () => {
  it("removes IINs, phones in every usual spelling, codes, cookies, bearer tokens and passwords", () => {
    const text = redactText(
      [
        "iin 941114310075 and 8903051234567 (13 digits stay)",
        "phones +7 701 101 30 91, +7(701)1013091, 8 701 101 30 91, 87011013091, 7011013091",
        "code 482913 sent",
        "cookie: qz_session=abcDEF123; low_vision=1",
        "Authorization: Bearer eyJhbGciOi.payload.sig",
        'password: "qyzmet-demo-2026", token=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWpr',
        "request 0b7c2c61-1f0e-4a7e-9c51-1d9f9a1d2a33 kept",
      ].join("\n"),
    );
    expect(text).not.toMatch(/941114310075|701.?101|482913|abcDEF123|eyJhbGciOi|qyzmet-demo-2026|Zm9vYmFy/);
    expect(text).toContain("8903051234567");
    expect(text).toContain("0b7c2c61-1f0e-4a7e-9c51-1d9f9a1d2a33");
    expect(text.match(/\[phone\]/g)).toHaveLength(5);
  });

  it("removes the values of SQL text and an address written out", () => {
    expect(redactText(`insert into people values ('Ахметов', '941114310075')`)).toBe(
      "insert into people values ('[redacted]', '[redacted]')",
    );
    expect(redactText("visit at Іле ауданы, Абай көшесі, 1 tomorrow")).not.toMatch(/Абай|Іле/);
  });

  it("logs a failed query (a NUL byte in a form) without its parameters, values or a long stack", () => {
    const cause = new Error('invalid byte sequence for encoding "UTF8": 0x00');
    const failed = new DrizzleQueryError(
      'insert into "home_visits" ("iin", "phone", "address") values ($1, $2, $3)',
      [person.iin, person.phone, `${person.address}\u0000`],
      cause,
    );
    const { logger, text } = capture();
    logger.error("api error", { error: failed, iin: person.iin, fields: { ...person } });
    const entry = JSON.parse(text());
    expect(entry).toMatchObject({ level: "error", message: "api error", iin: "[redacted]" });
    expect(entry.error.message).toContain("params: [redacted]");
    expect(entry.error.cause.message).toContain("0x00");
    for (const pattern of personal) expect(text()).not.toMatch(pattern);
    expect(entry.error.stack.split("\n").filter((line: string) => /^\s+at /.test(line)).length).toBe(5);
  });

  it("keeps the logger's API: message, fields, levels; silent writes nothing", () => {
    const { logger, lines } = capture("warn");
    logger.info("not written");
    logger.warn("written", { applicationId: "a1", status: 409 });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ level: "warn", message: "written", status: 409 });
    expect(JSON.parse(lines[0]!).time).toMatch(/^\d{4}-\d\d-\d\dT/);
    const silent = capture("silent");
    silent.logger.error("nothing");
    expect(silent.lines).toEqual([]);
  });

  it("routes console.error and console.warn (Next's error output) through the redaction", () => {
    const { logger, text } = capture();
    const target = { error: console.error, warn: console.warn };
    routeConsole(logger, target);
    target.error(new DrizzleQueryError("select 1", [person.iin, person.phone], undefined));
    target.warn("sign-in for %s at %s", person.iin, person.address);
    expect(text()).toContain("console.error");
    expect(text()).toContain("console.warn");
    for (const pattern of personal) expect(text()).not.toMatch(pattern);
  });
});
