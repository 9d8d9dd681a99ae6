// Property-based: every input schema, whatever it is handed (random JSON, Unicode, control characters, huge
// strings, wrong types), answers with success or issues and never throws; and what it accepts stays within limits.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ZodType } from "zod";

const ROOT = path.resolve(__dirname, "../..");
const files = fs
  .readdirSync(path.join(ROOT, "lib"), { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(ROOT, "lib", d.name, "schema.ts")))
  .map((d) => `lib/${d.name}/schema.ts`);

const nasty = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.string({ unit: "grapheme", maxLength: 100 }),
  fc.constantFrom("\u0000", "\u202e", "\ud800", "﷽".repeat(50), "x".repeat(100_000), "<script>alert(1)</script>", "' OR 1=1 --", "../../etc/passwd", "NaN", "-0", "1e309"),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string({ maxLength: 20 }), { maxLength: 5 }),
);
const anyInput = fc.oneof(nasty, fc.dictionary(fc.string({ maxLength: 20 }), nasty, { maxKeys: 12 }), fc.anything());

describe.each(files)("schemas in %s", (file) => {
  it("never throw, whatever they are given", async () => {
    const mod = (await import(path.join(ROOT, file))) as Record<string, unknown>;
    const schemas = Object.entries(mod).filter(([, v]) => v && typeof (v as ZodType).safeParse === "function") as [string, ZodType][];
    expect(schemas.length).toBeGreaterThan(0);
    for (const [name, schema] of schemas) {
      fc.assert(
        fc.property(anyInput, (input) => {
          const r = schema.safeParse(input);
          expect(typeof r.success, name).toBe("boolean");
          // Accepted strings are never huge: every field has a maximum.
          if (r.success) expect(JSON.stringify(r.data ?? null).length, name).toBeLessThan(250_000);
        }),
        { numRuns: 150 },
      );
    }
  });
});
