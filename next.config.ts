import type { NextConfig } from "next";
import { securityHeaders, STATIC_CONTENT_SECURITY_POLICY } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Lets several builds or dev servers (tests, benchmarks) run side by side without sharing a cache folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Packages that must load from node_modules at run time rather than be bundled (native or WASM parts).
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "@prisma/adapter-pg", "pdfkit"],
  experimental: {
    serverActions: { bodySizeLimit: "6mb" },
    // forbidden() answers 403 with app/forbidden.tsx when a signed-in user lacks the role.
    authInterrupts: true,
  },
  // Static files bypass proxy.ts (which sets every header on everything else, with a per-response nonce).
  async headers() {
    const production = process.env.NODE_ENV === "production";
    const headers = [
      ...Object.entries(securityHeaders({ production })).map(([key, value]) => ({ key, value })),
      { key: "Content-Security-Policy", value: STATIC_CONTENT_SECURITY_POLICY },
    ];
    return ["/_next/static/:path*", "/_next/image", "/favicon.ico"].map((source) => ({ source, headers }));
  },
};

export default nextConfig;
