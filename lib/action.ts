import "server-only";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { ZodError } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authorize, type Caller, type Permission } from "@/lib/auth/permissions";
import { AppError, isAppError, isUnstorableValue } from "@/lib/errors";
import { fromZodError, formValues, type ActionInput, type ActionResult, type ServerAction } from "@/lib/action-result";
import { clientIpFrom } from "@/lib/rate-limit/client-ip";
import { consumeRateLimit, describeWait, type RateLimitRule } from "@/lib/rate-limit/mutations";

/** A path to revalidate after a successful action; `layout` also refreshes every page below it. */
export type Revalidation = string | { path: string; type: "layout" | "page" };

export type ActionDefinition<S extends z.ZodType, P extends Permission, T> = {
  /** Who may call it (lib/auth/permissions.ts); checked before the input is read. */
  permission: P;
  /** Counted per client address before anything else runs; for actions open to anonymous callers. */
  rateLimit?: RateLimitRule;
  /** The zod schema the form uses; a FormData is read by the one reader (lib/action-result.ts `formValues`). */
  input: S;
  run: (ctx: { input: z.output<S>; user: Caller<P> }) => Promise<T>;
  /** What the change makes stale; revalidated only when `run` succeeded. */
  revalidate?: (data: T, input: z.output<S>) => (Revalidation | false | null | undefined)[];
  /** Shown to the user on success. */
  message?: string;
};

/**
 * The one action pipeline: permission, rate limit, input, work, revalidation, and one result shape. Every export
 * of every "use server" file is made by this function, so no action can forget a step:
 *
 *   export const renameRoomAction = defineAction({
 *     permission: "forums.manage",
 *     input: roomSchema.extend({ roomId: id }),
 *     run: ({ input, user }) => updateRoom({ actor: user, roomId: input.roomId, input }),
 *     revalidate: (room) => [`/manage/forums/${room.forumId}`],
 *     message: "Room saved.",
 *   });
 */
export function defineAction<S extends z.ZodType, P extends Permission, T>(def: ActionDefinition<S, P, T>): ServerAction<T> {
  return async function action(raw: ActionInput): Promise<ActionResult<T>> {
    try {
      const user = authorize(await getCurrentUser(), def.permission);
      if (def.rateLimit) await limitOrThrow(def.rateLimit, clientIpFrom(await headers()));
      const parsed = await def.input.safeParseAsync(formValues(raw));
      if (!parsed.success) return fromZodError(parsed.error);
      const data = await def.run({ input: parsed.data, user });
      for (const r of def.revalidate?.(data, parsed.data) ?? []) {
        if (typeof r === "string") revalidatePath(r);
        else if (r) revalidatePath(r.path, r.type);
      }
      return { ok: true, data, message: def.message };
    } catch (e) {
      return failureFrom(e);
    }
  };
}

/** Spends one point of a rate limit, refusing with the wait once it is used up. */
export async function limitOrThrow(rule: RateLimitRule, key: string): Promise<void> {
  const outcome = await consumeRateLimit(rule, key);
  if (!outcome.ok) {
    throw new AppError("rate_limited", `Too many attempts. Please wait ${describeWait(outcome.retryAfterSeconds)} and try again.`);
  }
}

function failureFrom(e: unknown): ActionResult<never> {
  if (e instanceof ZodError) return fromZodError(e);
  if (isAppError(e)) return { ok: false, code: e.code, message: e.message, fieldErrors: e.fieldErrors };
  if (isUnstorableValue(e)) {
    return { ok: false, code: "invalid_input", message: "Some of what was sent cannot be accepted (a null character in the text, or a number far too large). Nothing was saved; correct it and try again." };
  }
  // Next.js signals redirects and not-found by throwing; those must pass through.
  if (e && typeof e === "object" && "digest" in e && String((e as { digest: unknown }).digest).startsWith("NEXT_")) throw e;
  console.error("Unexpected error in server action", e);
  return { ok: false, code: "internal", message: "Something went wrong on our side. Nothing was saved; please try again." };
}
