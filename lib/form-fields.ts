import { z } from "zod";

/** A ticked checkbox arrives as "on" from a form, `true` from code; anything else (absent included) is unticked. */
export const isTicked = (v: unknown) => v === true || v === "on" || v === "true" || v === "1";

/** A checkbox as a boolean; pass a schema to demand a value (for example `z.literal(true)`). */
export function checkbox<S extends z.ZodType = z.ZodBoolean>(schema?: S) {
  return z.preprocess(isTicked, (schema ?? z.boolean()) as S);
}

const asList = (v: unknown) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]);

/**
 * A field a form may send once, many times or not at all (checkbox groups, multi-selects), for an array schema:
 * `list(z.array(id).max(40))`.
 */
export function list<S extends z.ZodType>(array: S) {
  return z.preprocess(asList, array);
}

/** A chosen file (the shared FormData reader drops empty file inputs). */
export const file = z.custom<File>((v) => typeof File !== "undefined" && v instanceof File, "Choose a file.");

/** A record id sent by a form or a caller. */
export const id = z.string().trim().min(1).max(64);
