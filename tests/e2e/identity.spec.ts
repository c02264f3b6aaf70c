import { expect, test } from "./fixtures";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import { postJsonFrom } from "./from-address";
import { demo, demoKeyFile, personPhone, smsCodes } from "./support";

const newcomer = buildPopulation().people.filter(
  (person) => person.phone && person.birthDate < "2000-01-01",
)[6]!;

test("register a seeded person with the SMS code, sign out, sign in again", async ({ page, context }) => {
  await page.goto("/kk/register");
  await page.getByLabel("ЖСН").fill(newcomer.iin);
  await page.getByLabel("Ұялы телефон").fill(newcomer.phone!);
  await page.getByLabel("Құпиясөз").fill("менің құпиясөзім 2026");
  await page.getByRole("button", { name: "Жалғастыру" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "SMS-кодты енгізіңіз" })).toBeVisible();

  const outbox = await context.newPage();
  await outbox.goto("/kk/demo/sms");
  const row = outbox.getByRole("row").filter({ hasText: newcomer.phone! }).first();
  await expect(row).toContainText("тіркеу коды");
  const code = (await row.getByRole("cell").last().textContent())?.match(/\d{6}/)?.[0] ?? "";
  await outbox.close();

  await page.getByLabel("SMS-код").fill(code);
  await page.getByRole("button", { name: "Растау" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Жеке кабинет" })).toBeVisible();
  await expect(
    page.getByText(`${newcomer.surname} ${newcomer.givenName}`).filter({ visible: true }).first(),
  ).toBeVisible();

  await page.getByRole("banner").getByRole("button", { name: "Шығу" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Кіру" })).toBeVisible();

  await page.goto("/kk/sign-in");
  await page.getByLabel("ЖСН").fill(newcomer.iin);
  await page.getByLabel("Құпиясөз").fill("менің құпиясөзім 2026");
  await page.getByRole("button", { name: "Кіру" }).click();
  // The second factor: the password alone opens no session.
  await expect(page.getByRole("heading", { level: 1, name: "Кіру кодын енгізіңіз" })).toBeVisible();
  const inbox = await context.newPage();
  await inbox.goto("/kk/demo/sms");
  const signInSms = inbox.getByRole("row").filter({ hasText: newcomer.phone! }).first();
  await expect(signInSms).toContainText("порталға кіру коды");
  const signInCode = (await signInSms.getByRole("cell").last().textContent())?.match(/\d{6}/)?.[0] ?? "";
  await inbox.close();
  await page.getByLabel("SMS-код").fill(signInCode);
  await page.getByRole("button", { name: "Кіру" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Жеке кабинет" })).toBeVisible();
});

test("a registration with a wrong IIN is explained at the field and in the summary", async ({ page }) => {
  await page.goto("/en/register");
  await page.getByLabel("IIN").fill("941114310076");
  await page.getByLabel("Mobile phone").fill("+7 701 000 00 00");
  await page.getByLabel("Password").fill("password");
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: /IIN: The IIN has a typo/ })).toBeVisible();
  await expect(page.getByLabel("IIN")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("IIN")).toHaveValue("941114310076");
});

test("an attacker's wrong passwords only delay the owner's sign-in: told when, then in", async ({ page }) => {
  test.setTimeout(150_000);
  // The attacker, from another address, guesses Smirnov's password and waits out each delay until
  // nine failures (the next delay is 16 s). The old lock-out locked the owner out for 15 minutes.
  let failures = 0;
  for (let attempt = 0; failures < 9 && attempt < 40; attempt++) {
    const answer = await postJsonFrom("127.0.0.60", "/api/v1/auth/sign-in", {
      iin: demo.smirnov,
      password: `guess ${attempt}`,
    });
    if (answer.status === 401) failures++;
    else {
      expect(answer.status).toBe(429);
      const wait = Number(answer.headers["retry-after"]);
      expect(wait).toBeLessThanOrEqual(60);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    }
  }
  expect(failures).toBe(9);

  // The owner, right after: told when to try again, in the page's language and Almaty time.
  await page.goto("/en/sign-in");
  await page.getByLabel("IIN").fill(demo.smirnov);
  await page.getByLabel("Password").fill(demo.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const summary = page.getByRole("alert", { name: "There is a problem" });
  await expect(summary).toContainText(/Too many attempts\. Try again later You can try again at \d{2}:\d{2}/);
  // The password is never echoed back.
  await expect(page.getByLabel("Password")).toHaveValue("");
  // Within a minute the right password gets the owner in.
  await expect(async () => {
    await page.goto("/en/sign-in");
    await page.getByLabel("IIN").fill(demo.smirnov);
    await page.getByLabel("Password").fill(demo.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Enter the sign-in code" })).toBeVisible({
      timeout: 3_000,
    });
  }).toPass({ timeout: 60_000, intervals: [2_000] });
  // The password passed; the SMS code (the second factor) opens the cabinet.
  const [code] = await smsCodes(page.request, personPhone(demo.smirnov), /sign-in code is (\d{6})/);
  await page.getByLabel("SMS code").fill(code!);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Personal cabinet" })).toBeVisible();
});

test("sign in with the EDS: the AUTH key signs a one-time challenge in the browser", async ({ page }) => {
  await page.goto("/ru/sign-in/eds");
  await page.getByRole("button", { name: "Войти с ЭЦП" }).click();
  const dialog = page.getByRole("dialog", { name: "Вход с помощью ЭЦП" });
  await dialog.getByLabel("Файл ключа (.p12)").setInputFiles(demoKeyFile(demo.ahmetova, "sign"));
  await dialog.getByLabel("Пароль ключа").fill(demo.keyPassword);
  await dialog.getByRole("button", { name: "Открыть ключ" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Для входа выберите ключ AUTH");
  await expect(dialog.getByRole("button", { name: "Подписать" })).toBeDisabled();

  await dialog.getByLabel("Файл ключа (.p12)").setInputFiles(demoKeyFile(demo.ahmetova, "auth"));
  await dialog.getByLabel("Пароль ключа").fill("not the password");
  await dialog.getByRole("button", { name: "Открыть ключ" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Неверный пароль ключа");

  await dialog.getByLabel("Пароль ключа").fill(demo.keyPassword);
  await dialog.getByRole("button", { name: "Открыть ключ" }).click();
  await expect(dialog.getByText(demo.ahmetova)).toBeVisible();
  await dialog.getByRole("button", { name: "Подписать" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Личный кабинет" })).toBeVisible();
  await expect(page.getByText(demo.ahmetova)).toBeVisible();
});

test("cancelling the EDS dialog is its own outcome", async ({ page }) => {
  await page.goto("/en/sign-in/eds");
  await page.getByRole("button", { name: "Sign in with EDS" }).last().click();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("status")).toHaveText("Signing was cancelled.");
  await expect(page.getByRole("dialog")).toHaveCount(0);
});
