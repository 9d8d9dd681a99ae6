import { z } from "zod";
import { AppError, isAppError, isUnstorableValue } from "@/lib/errors";

/**
 * What every server action returns: forms show `fieldErrors` at their fields and `message` above them.
 * Expected refusals are values, never thrown across the wire (a thrown error becomes a blank 500).
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: string; message: string; fieldErrors?: Record<string, string[]> };

export function ok<T>(data: T, message?: string): ActionResult<T> {
  return { ok: true, data, message };
}

export function fromZodError(error: z.ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { ok: false, code: "invalid_input", message: "Please correct the highlighted fields.", fieldErrors };
}

/** Runs an action body, turning AppErrors and zod errors into values and logging anything unexpected. */
export async function runAction<T>(body: () => Promise<T>, okMessage?: string): Promise<ActionResult<T>> {
  try {
    return ok(await body(), okMessage);
  } catch (e) {
    if (e instanceof z.ZodError) return fromZodError(e);
    if (isAppError(e)) return failure(e);
    if (isUnstorableValue(e)) {
      return { ok: false, code: "invalid_input", message: "Some of what was sent cannot be accepted (a null character in the text, or a number far too large). Nothing was saved; correct it and try again." };
    }
    // Next.js signals redirects and not-found by throwing; those must pass through.
    if (e && typeof e === "object" && "digest" in e && String((e as { digest: unknown }).digest).startsWith("NEXT_")) throw e;
    console.error("Unexpected error in server action", e);
    return { ok: false, code: "internal", message: "Something went wrong on our side. Nothing was saved; please try again." };
  }
}

export function failure(e: AppError): ActionResult<never> {
  return { ok: false, code: e.code, message: e.message, fieldErrors: e.fieldErrors };
}
