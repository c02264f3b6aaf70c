import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const sources = execFileSync("git", ["ls-files", "lib/**/*.ts", "lib/**/*.tsx"], {
  cwd: root,
  encoding: "utf8",
})
  .split("\n")
  .filter((file) => file && !file.endsWith(".test.ts"));

/** Which top-level folders of lib/ each folder imports (`@/lib/x/…` or a relative path into lib/x). */
function folderImports(): Map<string, Set<string>> {
  const edges = new Map<string, Set<string>>();
  for (const file of sources) {
    const from = file.split("/")[1]!;
    const text = readFileSync(path.join(root, file), "utf8");
    for (const [, target] of text.matchAll(/(?:from|import)\s*\(?\s*"(@\/lib\/[^"]+|\.{1,2}\/[^"]+)"/g)) {
      const resolved = target!.startsWith("@/") ? target!.slice(2) : path.join(path.dirname(file), target!);
      const [top, to] = resolved.split("/");
      if (top !== "lib" || !to || to === from || to.includes(".")) continue;
      edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  return edges;
}

/** Folders that import each other in a circle: the strongly connected components of more than one. */
function circles(edges: Map<string, Set<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) visit(next);
      if (stack.includes(next)) low.set(node, Math.min(low.get(node)!, low.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const component = stack.splice(stack.indexOf(node));
    if (component.length > 1) found.push(component.sort());
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe("architecture", () => {
  it("no folders of lib/ import each other in a circle", () => {
    expect(circles(folderImports())).toEqual([]);
  });

  it("finds a circle when there is one (the check can fail)", () => {
    const edges = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a"])],
      ["d", new Set(["a"])],
    ]);
    expect(circles(edges)).toEqual([["a", "b", "c"]]);
  });

  it("only the entry layer imports Next", () => {
    const knowsNext = sources.filter((file) =>
      /from "next(\/[^"]*)?"/.test(readFileSync(path.join(root, file), "utf8")),
    );
    expect(knowsNext.filter((file) => !file.startsWith("lib/entry/"))).toEqual([]);
  });
});
