import { describe, expect, it } from "vitest";
import { neutraliseCell, toCsv } from "@/lib/registrations/csv";

describe("neutraliseCell", () => {
  it("prefixes cells a spreadsheet would run as a formula", () => {
    for (const v of ["=1+1", "+44 20", "-5", "@SUM(A1)", "\tcmd", "\rcmd"]) expect(neutraliseCell(v)).toBe(`'${v}`);
  });
  it("leaves ordinary text, numbers and empty values alone", () => {
    expect(neutraliseCell("Asia Pacific Bank")).toBe("Asia Pacific Bank");
    expect(neutraliseCell("a=b")).toBe("a=b");
    expect(neutraliseCell(42)).toBe("42");
    expect(neutraliseCell(null)).toBe("");
    expect(neutraliseCell(undefined)).toBe("");
  });
});

describe("toCsv", () => {
  it("starts with a BOM, quotes every cell, doubles quotes, ends rows with CRLF", () => {
    const csv = toCsv(["Name", "Note"], [["Nguyễn \"Hoa\"", "line one\nline two"], ["=cmd|' /C calc'!A0", ""]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('"Name","Note"\r\n"Nguyễn ""Hoa""","line one\nline two"\r\n"\'=cmd|\' /C calc\'!A0",""\r\n');
  });
});
