import pg from "pg";

/**
 * Turns a postgresql:// URL into separate pool fields. Prisma's adapter builds its shadow-database config as
 * `{...config, database}`, and a connectionString would override that database (see PRISMA-OFFLINE.md).
 */
export function poolConfigFromUrl(url: string): pg.PoolConfig {
  const u = new URL(url);
  const sslmode = u.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(u.hostname) || "127.0.0.1",
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || "postgres",
    password: decodeURIComponent(u.password) || undefined,
    database: decodeURIComponent(u.pathname.replace(/^\//, "")) || "postgres",
    ssl: sslmode && sslmode !== "disable" ? { rejectUnauthorized: sslmode === "verify-full" } : undefined,
    max: u.searchParams.get("connection_limit") ? Number(u.searchParams.get("connection_limit")) : undefined,
  };
}

export const DEFAULT_LOCAL_URL = "postgresql://postgres@127.0.0.1:5432/postgres";
