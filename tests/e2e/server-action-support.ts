import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

/** A page that holds a worker's actions: route groups dropped, dynamic segments filled in. */
function workerPath(worker: string): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/page$/, "")
    .split("/")
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) =>
      segment === "[locale]"
        ? "en"
        : segment === "[step]"
          ? "child"
          : segment.startsWith("[")
            ? UNKNOWN
            : segment,
    );
  return `/${segments.join("/")}`;
}

export const UNKNOWN = "00000000-0000-4000-8000-000000000000";

/**
 * Server actions by exported name → id and a page that holds it (the ids change with every build).
 * Posting to a page without the action makes Next forward the call, and the forwarded answer is
 * always 200: the real status is only seen on the action's own page.
 */
export function actionIds(): Record<string, { id: string; path: string }> {
  const manifest: { node: Record<string, { exportedName?: string; workers: Record<string, unknown> }> } =
    JSON.parse(fs.readFileSync(path.resolve(".next/server/server-reference-manifest.json"), "utf8"));
  return Object.fromEntries(
    Object.entries(manifest.node).map(([id, entry]) => {
      const workers = Object.keys(entry.workers).sort(
        (a, b) => a.split("[").length - b.split("[").length || a.length - b.length,
      );
      return [entry.exportedName ?? id, { id, path: workerPath(workers[0]!) }];
    }),
  );
}

/** Posts a server action as React's client does (a JSON list of arguments), or any body at all. */
export function postAction(
  request: APIRequestContext,
  options: {
    action: { id: string; path: string };
    body?: string;
    multipart?: Record<string, string>;
    origin: string;
  },
) {
  const { id, path: page } = options.action;
  const headers = { "next-action": id, origin: options.origin, accept: "text/x-component" };
  return options.multipart
    ? request.post(page, { headers, multipart: options.multipart, maxRedirects: 0 })
    : request.post(page, {
        headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
        data: options.body ?? "[]",
        maxRedirects: 0,
      });
}
