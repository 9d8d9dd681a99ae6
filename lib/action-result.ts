import { z } from "zod";
import type { AppErrorCode } from "@/lib/errors";

/**
 * What every server action returns: forms show `fieldErrors` at their fields and `message` above them.
 * Expected refusals are values, never thrown across the wire (a thrown error becomes a blank 500).
 */
export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: AppErrorCode; message: string; fieldErrors?: Record<string, string[]> };

/** What every action accepts: a form's FormData, or the same fields as a plain object. */
export type ActionInput = FormData | Record<string, unknown>;

/** The one signature of a server action (see lib/action.ts). */
export type ServerAction<T> = (input: ActionInput) => Promise<ActionResult<T>>;

/** The success value an action gives, for components that keep it. */
export type ActionData<A> = A extends ServerAction<infer T> ? T : never;

export function fieldErrorsOf(error: z.ZodError): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "_form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

export const INVALID_INPUT_MESSAGE = "Please correct the highlighted fields.";

export function fromZodError(error: z.ZodError): ActionResult<never> {
  return { ok: false, code: "invalid_input", message: INVALID_INPUT_MESSAGE, fieldErrors: fieldErrorsOf(error) };
}

/**
 * The one FormData reader: text fields as strings, a repeated name as an array of its values, and a file only when
 * one was chosen (an empty file input sends a nameless, empty file, which means "no file").
 */
export function formValues(input: ActionInput): Record<string, unknown> {
  if (!(input instanceof FormData)) return input ?? {};
  const out: Record<string, unknown> = {};
  for (const key of new Set(input.keys())) {
    const values = input.getAll(key).filter((v) => typeof v === "string" || v.size > 0);
    if (values.length) out[key] = values.length === 1 ? values[0] : values;
  }
  return out;
}
