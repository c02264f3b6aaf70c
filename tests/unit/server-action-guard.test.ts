import { execFileSync } from "node:child_process";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isOverPostLimit,
  isOwnOrigin,
  isReadableActionReply,
  PAGE_POST_LIMIT_BYTES,
} from "@/lib/security/server-action-guard";

/** React's own reply decoder, as Next runs it for a server action: "ok", "not-a-list" or "throws". */
function decode(bodies: string[]): string[] {
  const script = path.resolve(import.meta.dirname, "../support/decode-reply.mjs");
  const output = execFileSync(process.execPath, ["--conditions", "react-server", script], {
    input: JSON.stringify(bodies),
  });
  return JSON.parse(output.toString());
}

const special = fc.constantFrom(
  "$K1",
  "$Q1",
  "$@1",
  "$T",
  "$h1",
  "$F1",
  "$1",
  "$S",
  "$B1",
  "$nabc",
  "$n12",
  "$Dgarbage",
  "$$x",
  "$-0",
  "$undefined",
  "$0:0",
  "$0:9:x",
  "$0",
  "$AW1",
  "$Z",
);
const model = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: "small" },
    special,
    fc.string({ maxLength: 10 }),
    fc.integer(),
    fc.constant(null),
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 5 }), tie("node"), { maxKeys: 4 }),
  ),
})).node;
const bodies = fc.oneof(
  model.map((value) => JSON.stringify(value)),
  fc.array(model, { maxLength: 4 }).map((value) => JSON.stringify(value)),
  fc.string({ unit: "binary", maxLength: 50 }),
);

describe("the server-action guard (proxy.ts) lets through only what React's decoder reads", () => {
  it("every body the guard accepts decodes to a list of arguments (fast-check, 1,000 bodies)", () => {
    const sample = fc.sample(bodies, { numRuns: 1000, seed: 20260501 });
    const accepted = sample.filter(isReadableActionReply);
    expect(accepted.length).toBeGreaterThan(100);
    const results = decode(accepted);
    expect(accepted.filter((_, index) => results[index] !== "ok")).toEqual([]);
  });

  it("refuses the garbage that made Next answer 500, and keeps what our pages send", () => {
    const garbage = [
      "garbage",
      "{}",
      '"x"',
      '["$Q1"]',
      '["$T"]',
      '["$S"]',
      '["$nabc"]',
      '["$0:9:x"]',
      "\u0000",
    ];
    expect(decode(garbage).filter((result) => result === "ok")).toEqual([]);
    for (const body of garbage) expect(isReadableActionReply(body), body).toBe(false);
    const ours = ['[{"status":"idle","values":{},"errors":{}},"$K1"]', '["$K1"]', "[]", '["a","$$b",3]'];
    expect(decode(ours)).toEqual(ours.map(() => "ok"));
    for (const body of ours) expect(isReadableActionReply(body), body).toBe(true);
  });

  it("an origin is ours only when it is APP_ORIGIN exactly", () => {
    const app = "http://127.0.0.1:3100";
    expect(isOwnOrigin("http://127.0.0.1:3100", app)).toBe(true);
    for (const other of [null, "null", "https://evil.example", "http://127.0.0.1:3101", "garbage"])
      expect(isOwnOrigin(other, app), String(other)).toBe(false);
  });
});

describe("the page-post size limit", () => {
  it("is over only past 10 MB; a missing or unreadable length is left to Next", () => {
    expect(PAGE_POST_LIMIT_BYTES).toBe(10 * 1024 * 1024);
    expect(isOverPostLimit(String(PAGE_POST_LIMIT_BYTES))).toBe(false);
    expect(isOverPostLimit(String(PAGE_POST_LIMIT_BYTES + 1))).toBe(true);
    for (const length of [null, "", "abc", "0"]) expect(isOverPostLimit(length), String(length)).toBe(false);
  });
});
