import { expect, test } from "./fixtures";

test("the catalogue leads to a service page that says when the result would be ready", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: "Restoration of civil-status records" }).click();
  await expect(page).toHaveURL(/\/en\/services\/record-restoration$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Restoration of civil-status records");
  await expect(
    page.getByRole("heading", { level: 2, name: /^Apply now and the result will be ready by .+\d{4}/ }),
  ).toBeVisible();
  await expect(page.getByText("7 working days. The day of acceptance is not counted.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Autobiography" })).toContainText("(required)");
});

test("the service page shows the regulation with its status and edition, and both ready-by dates", async ({
  page,
}) => {
  await page.goto("/en/services/birth-registration");
  await expect(
    page.getByRole("heading", { level: 2, name: /^Apply now and the result will be ready by .+\d{4}/ }),
  ).toBeVisible();
  await expect(
    page.getByText(/^If the birth was more than 3 working days ago, the result will be ready by .+\d{4}/),
  ).toBeVisible();
  await expect(page.getByText("Repealed (resolution No. 126 of June 1, 2020)")).toBeVisible();
  await expect(page.getByText("Edition of September 13, 2016")).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "A State Corporation employee's home visit" }),
  ).toBeVisible();
  await expect(page.getByText(/extended up to 30 calendar days/)).toBeVisible();
  await page.goto("/kk/services/foster-care");
  await expect(page.getByText("Күші жойылған (№ 352 қаулы, 2019 ж. 11 қыркүйек)")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "үйге баруы" })).toHaveCount(0);
  await page.goto("/ru/services/record-restoration");
  await expect(page.getByText("Статус в тексте не указан (действие не подтверждено)")).toBeVisible();
});

test("Russian plural forms of terms are right", async ({ page }) => {
  await page.goto("/ru/services/birth-registration");
  await expect(page.getByText("2 рабочих дня. День приёма заявки не учитывается.")).toBeVisible();
  await expect(
    page.getByText("Если обращение позже 3 рабочих дней после рождения: 15 календарных дней."),
  ).toBeVisible();
  await expect(
    page.getByText(
      "Постановление акимата Западно-Казахстанской области от 13 сентября 2016 года № 271, п. 5",
    ),
  ).toBeVisible();
});

test("API: result dates follow calendar.md's worked examples", async ({ request }) => {
  const ask = (id: string, submittedAt: string) =>
    request.get(`/api/v1/services/${id}/result-date?submittedAt=${encodeURIComponent(submittedAt)}`);
  const birth = await ask("birth-registration", "2026-11-23T05:00:00Z"); // Mon 10:00 local
  expect(await birth.json()).toEqual({
    submittedAt: "2026-11-23T05:00:00.000Z",
    registeredAt: "2026-11-23T05:00:00.000Z",
    dueAt: "2026-11-25T13:00:00.000Z",
  });
  const correction = await ask("record-correction", "2026-12-04T06:00:00Z"); // Fri 11:00 local
  expect((await correction.json()).dueAt).toBe("2026-12-21T13:00:00.000Z");
  const weekend = await ask("birth-registration", "2026-03-21T07:00:00Z"); // Sat 12:00 local
  expect((await weekend.json()).registeredAt).toBe("2026-03-26T04:00:00.000Z");
  const bad = await ask("birth-registration", "next tuesday");
  expect(bad.status()).toBe(422);
  expect((await bad.json()).errors.submittedAt).toContain("ISO-8601");
  expect((await request.get("/api/v1/services/no-such-service/result-date")).status()).toBe(404);
});

test("API: the catalogue in the asked language", async ({ request }) => {
  const response = await request.get("/api/v1/services", { headers: { "accept-language": "ru" } });
  const services = await response.json();
  expect(services.map((service: { id: string }) => service.id)).toEqual([
    "birth-registration",
    "record-correction",
    "record-restoration",
    "foster-care",
    "adoption-registry",
  ]);
  expect(services[0]).toMatchObject({
    title: "Регистрация рождения ребёнка",
    term: { amount: 2, unit: "working_days", countAcceptanceDay: false },
  });
  expect((await request.get("/api/v1/services/nothing")).status()).toBe(404);
});
