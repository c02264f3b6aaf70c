/**
 * What a CPU profile (from scripts/bench/profiler.mjs) spent its time on: self time by where the code
 * comes from (idle, garbage collection, Node's own, each npm package, the portal's own code) and the
 * functions with the most self time. Used by `npm run bench:profile`; also on its own:
 * tsx scripts/bench/profile-summary.ts <file.cpuprofile> [label]
 */
import fs from "node:fs";

type Frame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: Frame; children?: number[] };
type Profile = {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
};

/** Where a frame's code comes from: a package, the portal (its server chunks), Node, V8 itself. */
export function originOf(frame: Frame): string {
  const { url, functionName } = frame;
  if (!url) {
    if (functionName === "(idle)") return "(idle)";
    if (functionName === "(garbage collector)") return "(garbage collector)";
    if (functionName === "(program)") return "(program: V8, native)";
    return "(native)";
  }
  if (url.startsWith("node:")) return "node internals";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    const name = rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
    // Next's compiled copies of React and others (next/dist/compiled/<name>).
    const compiled = rest.indexOf("compiled");
    if (name === "next" && compiled >= 0 && rest[compiled + 1])
      return `next (compiled ${rest[compiled + 1]})`;
    return name;
  }
  if (url.includes("/.next/server/chunks/")) return "server chunks (portal and bundled packages)";
  if (url.includes("/.next/")) return "next build output";
  return "portal (scripts, server.mjs)";
}

/** The portal's own code in a server chunk (lib/…, app/…, components/…), not a bundled package. */
function isPortal(frame: Frame): boolean {
  return (
    /\/\.next\/server\//.test(frame.url) && !!frame.functionName && /\b(lib|app|components)_/.test(frame.url)
  );
}

const shortUrl = (url: string) =>
  url
    .split("/")
    .slice(-1)[0]!
    .replace(/_[0-9a-z]{8,}\._\.js$/, "");

export function summarise(profile: Profile, top = 12) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // The profiler's own work (stopping and serialising the profile) is left out.
  const own = new Map<number, boolean>();
  const isProfiler = (id: number): boolean => {
    if (!own.has(id)) {
      const node = byId.get(id)!;
      const up = parent.get(id);
      own.set(id, node.callFrame.url.includes("bench/profiler.mjs") || (up !== undefined && isProfiler(up)));
    }
    return own.get(id)!;
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    if (isProfiler(id)) return;
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const total = [...self.values()].reduce((sum, value) => sum + value, 0);
  const origins = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, micros] of self) {
    const frame = byId.get(id)!.callFrame;
    const origin = originOf(frame);
    origins.set(origin, (origins.get(origin) ?? 0) + micros);
    const where = frame.url ? `${frame.url.split("/").slice(-2).join("/")}:${frame.lineNumber + 1}` : "";
    const key = `${frame.functionName || "(anonymous)"} ${where}`.trim();
    functions.set(key, (functions.get(key) ?? 0) + micros);
  }
  // Total (inclusive) time of the portal's own functions: each sample counted once per function on its
  // stack, so recursion is not counted twice.
  const inclusive = new Map<string, number>();
  for (const [id, micros] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      if (!isPortal(frame)) continue;
      const key = `${frame.functionName || "(anonymous)"} ${shortUrl(frame.url)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
    }
  }
  const rank = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => ({ name, ms: micros / 1000, share: micros / total }));
  return {
    totalMs: total / 1000,
    origins: rank(origins),
    functions: rank(functions),
    portal: rank(inclusive),
  };
}

export function printSummary(label: string, profile: Profile, requests?: number) {
  const summary = summarise(profile);
  const busy = summary.origins.filter((entry) => entry.name !== "(idle)").reduce((s, e) => s + e.ms, 0);
  const perRequest = requests ? ` · ${(busy / requests).toFixed(2)} ms of CPU a request (${requests})` : "";
  const lines = [`\n### ${label}: ${summary.totalMs.toFixed(0)} ms sampled${perRequest}`, ""];
  lines.push("| self time by origin | ms | share |", "|---|---|---|");
  for (const entry of summary.origins)
    lines.push(`| ${entry.name} | ${entry.ms.toFixed(0)} | ${(entry.share * 100).toFixed(1)} % |`);
  lines.push("", "| top functions (self time) | ms | share |", "|---|---|---|");
  for (const entry of summary.functions)
    lines.push(`| \`${entry.name}\` | ${entry.ms.toFixed(0)} | ${(entry.share * 100).toFixed(1)} % |`);
  lines.push("", "| the portal's functions (total time, callees included) | ms | share |", "|---|---|---|");
  for (const entry of summary.portal)
    lines.push(`| \`${entry.name}\` | ${entry.ms.toFixed(0)} | ${(entry.share * 100).toFixed(1)} % |`);
  return lines.join("\n");
}

if (process.argv[1]?.endsWith("profile-summary.ts") && process.argv[2]) {
  const profile = JSON.parse(fs.readFileSync(process.argv[2], "utf8")) as Profile;
  console.log(printSummary(process.argv[3] ?? process.argv[2], profile));
}
