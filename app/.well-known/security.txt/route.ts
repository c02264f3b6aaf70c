import { env } from "@/lib/env";
import { securityTxt } from "@/lib/security/security-txt";

/** RFC 9116: where to report a vulnerability (Contact and Canonical follow APP_ORIGIN). */
export function GET(): Response {
  return new Response(securityTxt(env.APP_ORIGIN), {
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "public, max-age=86400" },
  });
}
