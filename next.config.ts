import type { NextConfig } from "next";
import { securityHeaders, STATIC_CONTENT_SECURITY_POLICY } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Lets several builds or dev servers (tests, benchmarks) run side by side without sharing a cache folder.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Packages that must load from node_modules at run time rather than be bundled (native parts, or requires
  // resolved at run time).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "pdfkit", "graphile-worker"],
  // The dev server allows localhost by default; 127.0.0.1 is what many people type, and without this entry the
  // dev server refuses its hot-reload socket and the page keeps reloading (server actions never run).
  allowedDevOrigins: ["127.0.0.1", "localhost"],
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
