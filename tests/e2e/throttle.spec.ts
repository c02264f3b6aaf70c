import { expect, test } from "./fixtures";
import { makeIin } from "@/lib/iin/make-iin";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import { postJsonFrom, postPageFormFrom } from "./from-address";

/**
 * Attacks from their own loopback address each (127.0.0.50 …): the server throttles that client,
 * never the 127.0.0.1 of the other tests. Every loop ends as soon as the answer it waits for comes.
 */
const population = buildPopulation().people;
const known = new Set(population.map((person) => person.iin));
const strangers = Array.from({ length: 300 }, (_, serial) => makeIin("1991-03-08", "female", 7000 + serial))
  .filter((iin, index, all) => !known.has(iin) && all.indexOf(iin) === index)
  .slice(0, 120);

test("40 sign-ins with a different X-Forwarded-For each, from one client, still meet 429", async () => {
  const statuses: number[] = [];
  let retryAfter = 0;
  for (let index = 0; index < 40; index++) {
    const answer = await postJsonFrom(
      "127.0.0.50",
      "/api/v1/auth/sign-in",
      { iin: strangers[50 + index]!, password: `spray ${index}` },
      { "x-forwarded-for": `203.0.${index}.${index + 1}`, "x-real-ip": `198.18.0.${index}` },
    );
    statuses.push(answer.status);
    if (answer.status === 429) retryAfter = Number(answer.headers["retry-after"]);
  }
  // Twenty failures per client, then the client waits 15 minutes, whatever header it sends.
  expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
  expect(statuses.slice(20)).toEqual(Array(20).fill(429));
  expect(retryAfter).toBeGreaterThan(800);
});

test("staff sign-in: 40 posts with rotating X-Forwarded-For from one client meet the limit", async () => {
  const bodies: string[] = [];
  for (let index = 0; index < 40; index++) {
    const answer = await postPageFormFrom(
      "127.0.0.51",
      "/en/office/sign-in",
      "login",
      { login: `cr-1-clerk-${index}`, password: `spray ${index}` },
      { "x-forwarded-for": `203.0.${index}.${index + 1}` },
    );
    expect(answer.status).toBeLessThan(500);
    // The page without its scripts: the client's copy of the error messages holds every wording.
    const page = answer.text.replace(/<script\b[\s\S]*?<\/script>/g, "");
    bodies.push(page);
    if (page.includes("Too many attempts")) break;
  }
  expect(bodies).toHaveLength(21);
  expect(bodies.slice(0, 20).every((html) => html.includes("The IIN or password is not correct"))).toBe(true);
  expect(bodies.at(-1)).toMatch(/Too many attempts\. Try again later You can try again at \d{2}:\d{2}/);
});

test("EDS challenge, EDS sign-in, registration and its confirmation answer 429 past the client limit", async () => {
  const cases = [
    { address: "127.0.0.53", path: "/api/v1/auth/eds-challenge", limit: 60, body: () => ({}) },
    {
      address: "127.0.0.54",
      path: "/api/v1/auth/eds-sign-in",
      limit: 20,
      body: () => ({ challenge: "x".repeat(43), cms: "AAAA" }),
    },
    {
      address: "127.0.0.55",
      path: "/api/v1/auth/register",
      limit: 20,
      body: (index: number) => ({
        iin: strangers[index]!,
        phone: `+7701558${String(index).padStart(4, "0")}`,
        password: "a long enough password",
      }),
    },
    {
      address: "127.0.0.56",
      path: "/api/v1/auth/register/confirm",
      limit: 30,
      body: () => ({ confirmationId: crypto.randomUUID(), code: "123456" }),
    },
  ];
  for (const { address, path, limit, body } of cases) {
    for (let index = 0; index < limit; index++) {
      const answer = await postJsonFrom(address, path, body(index));
      expect(answer.status, `${path} #${index + 1}`).not.toBe(429);
      expect(answer.status).toBeLessThan(500);
    }
    const refused = await postJsonFrom(address, path, body(limit));
    expect(refused.status, path).toBe(429);
    expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
    expect(JSON.parse(refused.text)).toMatchObject({ status: 429, code: "rate_limited" });
  }
});

test("a fourth code within an hour is refused with the time to ask again, same for a stranger", async ({
  page,
}) => {
  const person = population.filter((someone) => someone.phone && someone.birthDate < "2000-01-01")[12]!;
  const ask = async (iin: string, phone: string) => {
    await page.goto("/en/register");
    await page.getByLabel("IIN").fill(iin);
    await page.getByLabel("Mobile phone").fill(phone);
    await page.getByLabel("Password").fill("a long enough password");
    await page.getByRole("button", { name: "Continue" }).click();
  };
  for (let index = 0; index < 3; index++) {
    await ask(person.iin, person.phone!);
    await expect(page.getByRole("heading", { level: 1, name: "Enter the SMS code" })).toBeVisible();
  }
  await ask(person.iin, person.phone!);
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText(
    /Too many codes have been requested for this phone number or IIN\. You can ask for a new code at \d{2}:\d{2}/,
  );
  const real = (await summary.textContent()) ?? "";

  // A stranger (no such person in the state database) gets the very same answers.
  for (let index = 0; index < 3; index++) {
    await ask(strangers[40]!, "+77015559999");
    await expect(page.getByRole("heading", { level: 1, name: "Enter the SMS code" })).toBeVisible();
  }
  await ask(strangers[40]!, "+77015559999");
  await expect(summary).toContainText("You can ask for a new code at");
  expect((await summary.textContent())?.replace(/\d{2}:\d{2}/, "")).toBe(real.replace(/\d{2}:\d{2}/, ""));
});

test("a forged X-Forwarded-For cannot escape a block: the server keys on the socket address", async () => {
  // Strangers' IINs: no other test slows them down, so each of the twenty is a counted failure.
  for (let index = 0; index < 20; index++) {
    const answer = await postJsonFrom("127.0.0.57", "/api/v1/auth/sign-in", {
      iin: strangers[90 + index]!,
      password: "x-y-z-w",
    });
    expect(answer.status).toBe(401);
  }
  // Claiming to be the browser tests' own address changes nothing.
  const forged = await postJsonFrom(
    "127.0.0.57",
    "/api/v1/auth/sign-in",
    { iin: strangers[110]!, password: "x-y-z-w" },
    { "x-forwarded-for": "127.0.0.1" },
  );
  expect(forged.status).toBe(429);
});

test("key issue: the eleventh request in a day for one person is refused with the time to wait", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // A person of the seed with no account yet registers (SMS code from the demo outbox) and is signed in.
  const person = population.filter((someone) => someone.phone && someone.birthDate < "2000-01-01")[14]!;
  const started = await context.request.post("/api/v1/auth/register", {
    data: { iin: person.iin, phone: person.phone, password: "a long enough password" },
  });
  expect(started.status()).toBe(202);
  const { confirmationId } = await started.json();
  await page.goto("/en/demo/sms");
  const row = page.getByRole("row").filter({ hasText: person.phone! }).first();
  const code = (await row.getByRole("cell").last().textContent())?.match(/\d{6}/)?.[0] ?? "";
  const confirmed = await context.request.post("/api/v1/auth/register/confirm", {
    data: { confirmationId, code },
  });
  expect(confirmed.status()).toBe(201);

  // Each request re-enters the password and asks for an SMS code: three codes an hour are sent, then
  // "too many codes"; the eleventh request of the day meets the key-issue limit itself.
  const problem = page.getByRole("alert").filter({ hasText: "There is a problem" });
  for (let index = 1; index <= 11; index++) {
    await page.goto("/en/cabinet/keys");
    await page.getByLabel("Your portal password").fill("a long enough password");
    await page.getByRole("button", { name: "Send the code" }).click();
    if (index <= 3) await expect(page.getByText(/We have sent a code to your phone/)).toBeVisible();
    else if (index <= 10) await expect(problem).toContainText("Too many codes have been requested");
  }
  await expect(problem).toContainText(/Too many attempts\. Try again later You can try again at \d{2}:\d{2}/);
});
