/**
 * The whole password sign-in for the benchmarks, as a person does it: IIN and password, then the SMS
 * code read from the demo outbox page (the bench servers run with DEMO_MODE=true). Times the two
 * server requests (not the reading of the code) and returns the session and device cookies.
 */
import { buildPopulation } from "../../lib/registries/synthetic/population";

const json = { "content-type": "application/json", "accept-language": "en" };

export async function signInWithCode(
  base: string,
  iin: string,
  password: string,
  options: { remember?: boolean } = {},
) {
  const origin = new URL(base).origin;
  const phone = buildPopulation().people.find((person) => person.iin === iin)?.phone ?? "";
  let started = performance.now();
  const first = await fetch(`${base}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { ...json, origin },
    body: JSON.stringify({ iin, password }),
  });
  let elapsed = performance.now() - started;
  if (first.status !== 202) throw new Error(`sign-in answered ${first.status}`);
  const { confirmationId } = (await first.json()) as { confirmationId: string };
  const outbox = await (await fetch(`${base}/en/demo/sms`)).text();
  const row = (outbox.match(/<tr[\s\S]*?<\/tr>/g) ?? []).find((one) => one.includes(phone));
  const code = row?.match(/sign-in code is (\d{6})/)?.[1] ?? "";
  started = performance.now();
  const confirmed = await fetch(`${base}/api/v1/auth/sign-in/confirm`, {
    method: "POST",
    headers: { ...json, origin },
    body: JSON.stringify({ confirmationId, code, remember: options.remember ?? false }),
  });
  elapsed += performance.now() - started;
  if (confirmed.status !== 200) throw new Error(`sign-in confirm answered ${confirmed.status}`);
  const cookies = confirmed.headers.getSetCookie().map((header) => header.split(";")[0]!);
  return {
    session: cookies.find((cookie) => cookie.startsWith("qz_session=")) ?? "",
    device: cookies.find((cookie) => cookie.startsWith("qz_device=")) ?? "",
    ms: elapsed,
  };
}
