import type { MetadataRoute } from "next";
import { appUrl } from "@/lib/url";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/manage", "/my-agenda", "/registrations", "/invitations", "/dev", "/api"] },
    sitemap: appUrl("/sitemap.xml"),
  };
}
