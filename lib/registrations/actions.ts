"use server";
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrganiser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { runAction, type ActionResult } from "@/lib/action-result";
import { clientIpFrom } from "@/lib/rate-limit/client-ip";
import { consumeRateLimit, describeWait, RATE_LIMITS, type RateLimitRule } from "@/lib/rate-limit/mutations";
import {
  cancelRegistrationByToken,
  checkInRegistration,
  confirmRegistrationEmail,
  createRegistration,
  decideRegistrations,
  eraseRegistration,
  rotateManageToken,
  updateRegistrationByToken,
  type CheckInResult,
  type DecisionResult,
} from "@/lib/registrations/mutations";
import {
  checkInSchema,
  decisionSchema,
  registrationDetailsSchema,
  registrationFormValues,
  registrationSchema,
} from "@/lib/registrations/schema";

export type RegisterResult = { email: string };

async function limitOrThrow(rule: RateLimitRule, key: string) {
  const outcome = await consumeRateLimit(rule, key);
  if (!outcome.ok) {
    throw new AppError("rate_limited", `Too many attempts. Please wait ${describeWait(outcome.retryAfterSeconds)} and try again.`, {
      details: { retryAfterSeconds: outcome.retryAfterSeconds },
    });
  }
}

async function ip() {
  return clientIpFrom(await headers());
}

/** The public registration form. Anonymous by design; rate limits per address and per e-mail stand in for sign-in. */
export async function registerAction(forumSlug: string, _prev: unknown, formData: FormData): Promise<ActionResult<RegisterResult>> {
  return runAction(async () => {
    await limitOrThrow(RATE_LIMITS.registrationPerIp, await ip());
    const values = registrationFormValues(formData);
    const parsed = registrationSchema.safeParse(values);
    if (!parsed.success) throw parsed.error;
    // A filled honeypot means a bot: answer exactly as for a person so it learns nothing, and store nothing.
    if (parsed.data.website) return { email: parsed.data.email };
    await limitOrThrow(RATE_LIMITS.registrationPerEmail, parsed.data.email);
    // A known address gets the same answer as a new one (the mutation reminds its owner instead), so the form
    // does not tell a stranger who applied.
    const result = await createRegistration({ forumSlug: String(forumSlug).slice(0, 200), input: parsed.data });
    revalidatePath(`/forums/${forumSlug}/register`);
    return { email: result.email };
  });
}

const tokenSchema = z.string().max(100);

export async function confirmEmailAction(token: string): Promise<ActionResult<{ manageToken: string; alreadyConfirmed: boolean }>> {
  return runAction(async () => {
    await limitOrThrow(RATE_LIMITS.manageLinkPerIp, await ip());
    const result = await confirmRegistrationEmail({ token: tokenSchema.parse(token) });
    return { manageToken: result.manageToken, alreadyConfirmed: false };
  });
}

export async function updateRegistrationAction(token: string, _prev: unknown, formData: FormData): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    await limitOrThrow(RATE_LIMITS.manageLinkPerIp, await ip());
    const parsed = registrationDetailsSchema.safeParse(registrationFormValues(formData));
    if (!parsed.success) throw parsed.error;
    await updateRegistrationByToken({ token: tokenSchema.parse(token), input: parsed.data });
    revalidatePath(`/registrations/${token}`);
    return undefined;
  }, "Your changes are saved.");
}

export async function cancelRegistrationAction(token: string, _prev: unknown, formData: FormData): Promise<ActionResult<{ outcome: "cancelled" | "already" | "deletion_requested" }>> {
  return runAction(async () => {
    await limitOrThrow(RATE_LIMITS.manageLinkPerIp, await ip());
    const requestDeletion = formData.get("requestDeletion") === "on" || formData.get("requestDeletion") === "true";
    if (formData.get("confirm") !== "yes") {
      throw new AppError("invalid_input", "Please tick the box to confirm.", { fieldErrors: { confirm: ["Tick this box to confirm."] } });
    }
    const result = await cancelRegistrationByToken({ token: tokenSchema.parse(token), requestDeletion });
    revalidatePath(`/registrations/${token}`);
    return { outcome: result.outcome };
  });
}

/** Replaces the manage link: the one in use stops working and a new one is e-mailed. */
export async function rotateManageLinkAction(token: string): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    await limitOrThrow(RATE_LIMITS.manageLinkPerIp, await ip());
    await rotateManageToken({ token: tokenSchema.parse(token) });
    return undefined;
  }, "We have e-mailed you a new link. This one no longer works.");
}

export type DecisionSummary = { results: DecisionResult[] };

/** Approve, waitlist or decline one or many registrations; each row's outcome is reported back. */
export async function decideRegistrationsAction(_prev: unknown, formData: FormData): Promise<ActionResult<DecisionSummary>> {
  return runAction(async () => {
    const user = await requireOrganiser();
    const parsed = decisionSchema.safeParse({
      forumId: formData.get("forumId"),
      ids: formData.getAll("ids"),
      decision: formData.get("decision"),
      whenFull: formData.get("whenFull") === "leave" ? "leave" : "waitlist",
    });
    if (!parsed.success) throw parsed.error;
    const results = await decideRegistrations({ ...parsed.data, actorId: user.id });
    revalidatePath(`/manage/forums/${parsed.data.forumId}/registrations`);
    return { results };
  });
}

export async function eraseRegistrationAction(forumId: string, id: string, _prev: unknown, formData: FormData): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const user = await requireOrganiser();
    if (formData.get("confirm") !== "ERASE") {
      throw new AppError("invalid_input", "Type ERASE to confirm.", { fieldErrors: { confirm: ["Type ERASE (in capitals) to confirm."] } });
    }
    await eraseRegistration({ forumId: String(forumId), id: String(id), actorId: user.id });
    revalidatePath(`/manage/forums/${forumId}/registrations`);
    return undefined;
  }, "The registration's personal data has been erased.");
}

/** Check-in by scanned or typed code, or by a registration picked from the name search. */
export async function checkInAction(input: { forumId: string; code?: string; registrationId?: string }): Promise<ActionResult<CheckInResult>> {
  return runAction(async () => {
    const user = await requireOrganiser();
    if (input.registrationId) {
      const id = z.string().min(1).max(64).parse(input.registrationId);
      const forumId = z.string().min(1).max(64).parse(input.forumId);
      return checkInRegistration({ forumId, registrationId: id, actorId: user.id });
    }
    const parsed = checkInSchema.safeParse({ forumId: input.forumId, code: input.code ?? "" });
    if (!parsed.success) throw parsed.error;
    return checkInRegistration({ forumId: parsed.data.forumId, code: parsed.data.code, actorId: user.id });
  });
}
