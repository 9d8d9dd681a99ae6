import { fileTypeFromBuffer } from "file-type";
import { z } from "zod";

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
// SVG is refused: it can carry scripts. The type is read from the bytes, never from the name or the browser's claim.
const ALLOWED = new Set(["image/jpeg", "image/png", "image/webp"]);

export type ValidImage = { ok: true; bytes: Buffer; contentType: string; size: number };
export type ImageCheck = ValidImage | { ok: false; message: string };

export async function validateImage(file: File | Blob | null | undefined): Promise<ImageCheck> {
  if (!file || file.size === 0) return { ok: false, message: "Choose an image file." };
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, message: "The image is larger than 5 MB. Please choose a smaller one." };
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !ALLOWED.has(type.mime)) {
    return { ok: false, message: "Only JPEG, PNG or WebP images can be uploaded (this file is not one, whatever its name)." };
  }
  return { ok: true, bytes, contentType: type.mime, size: bytes.length };
}

/**
 * An optional uploaded image as a schema field, checked from its bytes; parse with `safeParseAsync`. No file (or
 * the empty file an untouched file input sends) is `null`.
 */
export const optionalImage = z
  .unknown()
  .optional()
  .transform(async (v, ctx): Promise<ValidImage | null> => {
    if (v === undefined || v === "" || !(v instanceof Blob) || v.size === 0) return null;
    const check = await validateImage(v);
    if (check.ok) return check;
    ctx.addIssue({ code: "custom", message: check.message });
    return z.NEVER;
  });
