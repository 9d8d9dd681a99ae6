/** Codes for failures a caller may meet; each maps to one message a user can act on. */
export type AppErrorCode =
  | "unauthenticated" // not signed in
  | "forbidden" // signed in, wrong role or not theirs
  | "not_found"
  | "invalid_input"
  | "conflict" // unique value taken, or a concurrent edit won
  | "stale" // the record changed since the caller read it
  | "rate_limited"
  | "gone" // expired link or token
  | "internal";

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: AppErrorCode, message: string, opts: { fieldErrors?: Record<string, string[]>; cause?: unknown } = {}) {
    super(message, { cause: opts.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = opts.fieldErrors;
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

const HTTP_STATUS: Record<AppErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  stale: 409,
  rate_limited: 429,
  gone: 410,
  internal: 500,
};

/** How a route handler answers an AppError: its status and its message as plain text, never cached. */
export function errorResponse(e: AppError): Response {
  return new Response(`${e.message}\n`, {
    status: HTTP_STATUS[e.code],
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** Prisma's known request errors carry a code such as P2002; read it without importing Prisma here. */
export function prismaErrorCode(e: unknown): string | undefined {
  if (e && typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string") {
    const code = (e as { code: string }).code;
    return /^P\d{4}$/.test(code) ? code : undefined;
  }
  return undefined;
}

/** True when the database refused a row for a unique constraint (Prisma P2002 or PostgreSQL 23505). */
export function isUniqueViolation(e: unknown): boolean {
  if (prismaErrorCode(e) === "P2002") return true;
  const cause = (e as { cause?: { code?: string }; meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } })
    ?.meta?.driverAdapterError?.cause?.originalCode;
  return cause === "23505";
}

/**
 * True when PostgreSQL refused a value it cannot hold: a NUL character (22021), a character outside the database
 * encoding (22P05), or a number beyond its column's range (22003, Prisma P2020). Such values come only from crafted
 * or corrupted input, so they are the caller's error, not ours.
 */
export function isUnstorableValue(e: unknown): boolean {
  const codes = new Set(["22021", "22P05", "22003", "P2020"]);
  let current: unknown = e;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const c = current as { code?: unknown; originalCode?: unknown; meta?: { driverAdapterError?: unknown }; cause?: unknown };
    if (codes.has(String(c.originalCode)) || codes.has(String(c.code))) return true;
    current = c.meta?.driverAdapterError ?? c.cause;
  }
  return false;
}
