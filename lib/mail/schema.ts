import { z } from "zod";

export const MAIL_PAGE_SIZE = 50;

/** The delivery list's filter, read from the query string: anything unexpected falls back to the default. */
export const mailFilterSchema = z.object({
  status: z.enum(["all", "queued", "sent", "failed"]).catch("all"),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type MailFilter = z.infer<typeof mailFilterSchema>;

export const mailIdSchema = z.object({ id: z.string().trim().uuid("This message does not exist.") });
