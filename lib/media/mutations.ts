import "server-only";
import type { Tx } from "@/lib/db";
import type { ValidImage } from "@/lib/media/validate";

/** Stores a validated image inside the caller's transaction; returns its id (served at /media/<id>). */
export async function createMedia(tx: Tx, image: ValidImage): Promise<{ id: string }> {
  return tx.media.create({
    data: { bytes: new Uint8Array(image.bytes), contentType: image.contentType, size: image.size },
    select: { id: true },
  });
}

export function mediaUrl(id: string): string {
  return `/media/${id}`;
}
