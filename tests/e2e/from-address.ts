import http from "node:http";
import { baseURL } from "../../playwright.config";

/**
 * HTTP from another loopback address (127.0.0.2 … on Linux all of 127/8 is this machine): the server
 * sees a different socket address, so one test can play an attacker's client without throttling the
 * browser tests, which all come from 127.0.0.1.
 */
export type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string };

export function requestFrom(
  localAddress: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<Answer> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: options.method ?? "GET", headers: options.headers, localAddress },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    request.on("error", reject);
    request.end(options.body);
  });
}

/** A JSON POST to the API from that address (same origin, as a browser would send it). */
export function postJsonFrom(localAddress: string, path: string, body: unknown, headers = {}) {
  return requestFrom(localAddress, path, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseURL, ...headers },
    body: JSON.stringify(body),
  });
}

const entities: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", "#x27": "'", "#39": "'" };
const decode = (value: string) => value.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (_, name) => entities[name]!);

/**
 * Posts a page's form the way a browser without JavaScript does (multipart, with the hidden server
 * action fields from the page's HTML), from that address. `field` picks the form that has it.
 */
export async function postPageFormFrom(
  localAddress: string,
  path: string,
  field: string,
  values: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const page = await requestFrom(localAddress, path, { headers });
  const form = page.text.match(/<form[\s\S]*?<\/form>/g)?.find((html) => html.includes(`name="${field}"`));
  if (!form) throw new Error(`no form with ${field} on ${path}`);
  const hidden = [...form.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?/g)].map(
    ([, name, value]) => [decode(name!), decode(value ?? "")] as const,
  );
  const boundary = `----qyzmet${Date.now()}`;
  const parts = [...hidden, ...Object.entries(values)].map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  return requestFrom(localAddress, path, {
    method: "POST",
    headers: {
      ...headers,
      "content-type": `multipart/form-data; boundary=${boundary}`,
      origin: baseURL,
      accept: "text/html",
    },
    body: `${parts.join("")}--${boundary}--\r\n`,
  });
}
