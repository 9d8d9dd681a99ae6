import "server-only";
import { db } from "@/lib/db";

export async function getMedia(id: string) {
  if (!/^[a-z0-9]{20,40}$/i.test(id)) return null;
  return db.media.findUnique({ where: { id }, select: { bytes: true, contentType: true, size: true } });
}
