// Names shared by the code that queues mail (inside transactions) and the worker that sends it.
export const MAIL_TASK = "send_mail";
/**
 * graphile-worker waits exp(min(attempt, 10)) seconds between attempts: 3 s, 7 s, 20 s, … up to about six hours,
 * so twelve attempts keep trying for about a day before a message is marked failed for an organiser to retry.
 */
export const MAIL_MAX_ATTEMPTS = 12;
