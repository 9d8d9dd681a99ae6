"use server";
import { z } from "zod";
import { defineAction, limitOrThrow } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { checkbox } from "@/lib/form-fields";
import { RATE_LIMITS } from "@/lib/rate-limit/mutations";
import {
  cancelRegistrationByToken,
  checkInRegistration,
  confirmRegistrationEmail,
  createRegistration,
  decideRegistrations,
  eraseRegistration,
  updateRegistrationByToken,
} from "@/lib/registrations/mutations";
import { checkInSchema, decisionSchema, registrationDetailsSchema, registrationSchema } from "@/lib/registrations/schema";

// The private link's token travels as a form field; the data layer finds the registration by its hash.
const token = z.string().max(100);

/** The public registration form. Anonymous by design; rate limits per address and per e-mail stand in for sign-in. */
export const registerAction = defineAction({
  permission: "registrations.register",
  rateLimit: RATE_LIMITS.registrationPerIp,
  input: registrationSchema.extend({ forumSlug: z.string().transform((s) => s.slice(0, 200)) }),
  run: async ({ input: { forumSlug, ...input } }) => {
    // A filled honeypot means a bot: answer exactly as for a person so it learns nothing, and store nothing.
    if (input.website) return { email: input.email, forumSlug: null };
    await limitOrThrow(RATE_LIMITS.registrationPerEmail, input.email);
    const result = await createRegistration({ forumSlug, input });
    if (result.outcome === "duplicate") {
      throw new AppError("conflict", "This e-mail address is already registered for this forum. The messages we sent to it contain a link to see, change or cancel that registration.", {
        fieldErrors: { email: ["Already registered for this forum."] },
      });
    }
    return { email: result.email, forumSlug };
  },
  revalidate: (r) => [r.forumSlug && `/forums/${r.forumSlug}/register`],
});

export const confirmEmailAction = defineAction({
  permission: "registrations.manage-own",
  rateLimit: RATE_LIMITS.manageLinkPerIp,
  input: z.object({ token }),
  run: async ({ input }) => {
    const result = await confirmRegistrationEmail({ token: input.token });
    return { manageToken: result.manageToken, alreadyConfirmed: result.outcome === "already" };
  },
});

export const updateRegistrationAction = defineAction({
  permission: "registrations.manage-own",
  rateLimit: RATE_LIMITS.manageLinkPerIp,
  input: registrationDetailsSchema.extend({ token }),
  run: async ({ input: { token, ...input } }) => {
    await updateRegistrationByToken({ token, input });
    return { token };
  },
  revalidate: (r) => [`/registrations/${r.token}`],
  message: "Your changes are saved.",
});

export const cancelRegistrationAction = defineAction({
  permission: "registrations.manage-own",
  rateLimit: RATE_LIMITS.manageLinkPerIp,
  input: z.object({
    token,
    requestDeletion: checkbox(),
    confirm: z.literal("yes", { error: "Tick this box to confirm." }),
  }),
  run: async ({ input }) => {
    const result = await cancelRegistrationByToken({ token: input.token, requestDeletion: input.requestDeletion });
    return { outcome: result.outcome, token: input.token };
  },
  revalidate: (r) => [`/registrations/${r.token}`],
});

/** Approve, waitlist or decline one or many registrations; each row's outcome is reported back. */
export const decideRegistrationsAction = defineAction({
  permission: "registrations.manage",
  input: decisionSchema,
  run: async ({ input, user }) => ({ forumId: input.forumId, results: await decideRegistrations({ ...input, actorId: user.id }) }),
  revalidate: (r) => [`/manage/forums/${r.forumId}/registrations`],
});

export const eraseRegistrationAction = defineAction({
  permission: "registrations.manage",
  input: z.object({
    forumId: z.string().max(64),
    id: z.string().max(64),
    confirm: z.literal("ERASE", { error: "Type ERASE (in capitals) to confirm." }),
  }),
  run: async ({ input, user }) => {
    await eraseRegistration({ forumId: input.forumId, id: input.id, actorId: user.id });
    return { forumId: input.forumId };
  },
  revalidate: (r) => [`/manage/forums/${r.forumId}/registrations`],
  message: "The registration's personal data has been erased.",
});

/** Check-in by scanned or typed code, or by a registration picked from the name search. */
export const checkInAction = defineAction({
  permission: "registrations.manage",
  input: checkInSchema,
  run: ({ input, user }) =>
    "code" in input
      ? checkInRegistration({ forumId: input.forumId, code: input.code, actorId: user.id })
      : checkInRegistration({ forumId: input.forumId, registrationId: input.registrationId, actorId: user.id }),
});
