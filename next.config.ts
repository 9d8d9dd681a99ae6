import type { NextConfig } from "next";

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
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
