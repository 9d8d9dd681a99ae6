// Placeholder owned by the write-ups work (issue 6): lists published articles linked to a presenter or session.
// Pages include it now so that links appear as soon as write-ups land.
export async function RelatedNews(_props: { presenterId?: string; sessionId?: string; forumId?: string }) {
  return null;
}
