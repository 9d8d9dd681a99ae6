import { z } from "zod";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email("Enter a valid e-mail address.")),
  password: z.string().min(1, "Enter your password.").max(200),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** The one message for an unknown e-mail and a wrong password, so sign-in does not reveal who has an account. */
export const SIGN_IN_FAILED = "That e-mail and password do not match an account.";
