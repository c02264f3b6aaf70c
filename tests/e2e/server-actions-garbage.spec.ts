import fc from "fast-check";
import { expect, test } from "./fixtures";
import { actionIds, postAction } from "./server-action-support";
import { demo, signInByApi } from "./support";

/**
 * Garbage posted to every server action of the build (ids from the server-reference manifest), from our
 * origin and from another, with and without a session: never a 5xx; from another origin always a 403.
 */
const ids = actionIds();
/** Actions that would end the shared demo session for the specs running beside this one. */
const endsSessions = new Set(["signOutAction", "signOutEverywhereAction", "markAllReadAction"]);

const scalar = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.constantFrom("\u0000", "$K1", "$Q1", "$T", "$$x", "1e308", "00000000-0000-4000-8000-000000000000"),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
);
const argument = fc.oneof(scalar, fc.dictionary(fc.string({ maxLength: 8 }), scalar, { maxKeys: 4 }));
const garbage = fc.oneof(
  fc.array(argument, { maxLength: 5 }).map((args) => ({ body: JSON.stringify(args) })),
  fc.string({ unit: "binary", maxLength: 60 }).map((body) => ({ body })),
  fc
    .tuple(fc.array(argument, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 10 }), scalar))
    .map(([args, fields]) => ({
      multipart: {
        "0": JSON.stringify([...args, "$K1"]),
        ...Object.fromEntries(Object.entries(fields).map(([name, value]) => [`1_${name}`, String(value)])),
      },
    })),
);
const samples = fc.sample(garbage, { numRuns: 12, seed: 8 });

test("garbage posted to every server action never gets a 5xx; another origin gets 403", async ({
  page,
  request,
  baseURL,
}) => {
  test.setTimeout(150_000);
  expect(Object.keys(ids).length).toBeGreaterThan(25);
  await signInByApi(page.request, demo.ahmetov);
  const failures: string[] = [];
  for (const [name, action] of Object.entries(ids)) {
    const clients = endsSessions.has(name) ? [request] : [request, page.request];
    for (const client of clients) {
      for (const sample of samples) {
        const own = await postAction(client, { action, origin: baseURL!, ...sample });
        if (own.status() >= 500) failures.push(`${name} ${own.status()} ${JSON.stringify(sample)}`);
      }
      const foreign = await postAction(client, { action, origin: "https://evil.example", ...samples[0]! });
      if (foreign.status() !== 403) failures.push(`${name} cross-site ${foreign.status()}`);
    }
  }
  expect(failures).toEqual([]);
});
