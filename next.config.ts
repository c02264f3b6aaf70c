import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import "./lib/env";
import { PAGE_POST_LIMIT_BYTES } from "./lib/security/server-action-guard";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Next's build files and the API bypass the proxy (and its per-request nonce): a CSP that allows nothing. */
const staticFileCsp = `default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;

/** The benchmarks' bare page (no proxy, so no nonce): Next's inline scripts, nothing from elsewhere. */
const benchFloorCsp =
  `default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; ` +
  `frame-ancestors 'none'; base-uri 'none'; form-action 'none'`;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Page posts carry files: the operator's scans of a home visit's documents, the applicant's documents
  // step without JavaScript. 10 MB in all per post, what the proxy buffers of a body (see the constant).
  // `npm run bench:profile` builds with QYZMET_READABLE_SERVER=1: server code keeps its function names in
  // the CPU profiles. Production builds stay minified.
  experimental: {
    serverActions: { bodySizeLimit: PAGE_POST_LIMIT_BYTES },
    serverMinification: process.env.QYZMET_READABLE_SERVER !== "1",
  },
  // rate-limiter-flexible loads drizzle-orm with a runtime import(): both stay plain Node modules, one
  // drizzle-orm instance for the app and the limiter.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pg",
    "pg-boss",
    "@node-rs/argon2",
    "drizzle-orm",
    "rate-limiter-flexible",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      { source: "/_next/:path*", headers: [{ key: "Content-Security-Policy", value: staticFileCsp }] },
      // The API skips the proxy: its answers are data, never documents that run scripts.
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: staticFileCsp }] },
      { source: "/bench-floor/:path*", headers: [{ key: "Content-Security-Policy", value: benchFloorCsp }] },
    ];
  },
};

const withNextIntl = createNextIntlPlugin("./lib/entry/i18n/request.ts");
export default withNextIntl(nextConfig);
