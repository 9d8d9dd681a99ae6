import { describe, expect, it } from "vitest";
import { Parser } from "htmlparser2";
import { renderMarkdown, markdownToText } from "@/lib/markdown/render";

// Known script vectors (OWASP XSS filter evasion cheat sheet, PortSwigger's XSS cheat sheet, marked's own history).
const PAYLOADS: string[] = [
  `<script>alert(1)</script>`,
  `<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>`,
  `<scr<script>ipt>alert(1)</script>`,
  `<img src=x onerror=alert(1)>`,
  `<img src="https://ok.example/a.png" onerror="alert(1)">`,
  `<IMG SRC="javascript:alert('XSS');">`,
  `<a href="javascript:alert(1)">x</a>`,
  `<a href="JaVaScRiPt:alert(1)">x</a>`,
  `<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">x</a>`,
  `<a href="&#x6A;avascript&colon;alert(1)">x</a>`,
  `<a href="  javascript:alert(1)">x</a>`,
  `<a href="java\tscript:alert(1)">x</a>`,
  `<a href="java&#x09;script:alert(1)">x</a>`,
  `<a href="vbscript:msgbox(1)">x</a>`,
  `<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>`,
  `<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">`,
  `[click](javascript:alert(1))`,
  `[click](JAVASCRIPT:alert(1))`,
  `[click](&#106;avascript:alert(1))`,
  `[click](data:text/html,<script>alert(1)</script>)`,
  `![x](javascript:alert(1))`,
  `![x](data:image/png;base64,iVBORw0KGgo=)`,
  `<javascript:alert(1)>`,
  `<svg onload=alert(1)><circle r=5 /></svg>`,
  `<svg><script>alert(1)</script></svg>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>`,
  `<iframe src="https://evil.example"></iframe>`,
  `<iframe srcdoc="<script>alert(1)</script>"></iframe>`,
  `<style>body{background:url("javascript:alert(1)")}</style>`,
  `<p style="background:url(javascript:alert(1))">x</p>`,
  `<!-- <script>alert(1)</script> --><p>ok</p>`,
  `<object data="javascript:alert(1)"></object>`,
  `<embed src="javascript:alert(1)">`,
  `<form action="javascript:alert(1)"><button>go</button></form>`,
  `<button formaction="javascript:alert(1)">go</button>`,
  `<input onfocus=alert(1) autofocus>`,
  `<details open ontoggle=alert(1)>`,
  `<body onload=alert(1)>`,
  `<meta http-equiv="refresh" content="0;url=javascript:alert(1)">`,
  `<base href="javascript:alert(1)//">`,
  `<link rel="stylesheet" href="javascript:alert(1)">`,
  `<a href="x" onclick="alert(1)">x</a>`,
  `<a href="/safe" onmouseover=alert(1)>x</a>`,
  `<div onpointerenter="alert(1)">x</div>`,
  `<video><source onerror="alert(1)"></video>`,
  `<audio src=x onerror=alert(1)>`,
  `<marquee onstart=alert(1)>x</marquee>`,
  `<a href="//evil.example">protocol-relative</a>`,
  `<template><script>alert(1)</script></template>`,
  `<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>`,
  `<a href="javascript&colon;alert(1)">x</a>`,
  `<img src=/media/abc onerror=alert(1)>`,
  "```html\n<script>alert(1)</script>\n```",
];

const ALLOWED_TAGS = new Set(["p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "s", "code", "pre", "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td"]);
const ALLOWED_ATTRS = new Set(["href", "title", "rel", "src", "alt", "loading", "align", "start", "class"]);

type Finding = string;

/** Parses the output the way a browser would read attributes (entities decoded) and lists anything dangerous. */
function findScriptVectors(html: string): Finding[] {
  const findings: Finding[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (!ALLOWED_TAGS.has(name)) findings.push(`tag <${name}>`);
        for (const [attr, raw] of Object.entries(attribs)) {
          if (!ALLOWED_ATTRS.has(attr)) findings.push(`attribute ${attr} on <${name}>`);
          if (attr === "href" || attr === "src") {
            // Browsers ignore tabs, newlines and leading control characters/spaces when reading a scheme.
            const value = raw.replace(/[\u0000-\u0020]/g, "").toLowerCase();
            const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value)?.[1];
            if (scheme && !["http", "https", "mailto"].includes(scheme)) findings.push(`${attr} scheme ${scheme}`);
            if (value.startsWith("//")) findings.push(`protocol-relative ${attr}`);
            if (attr === "src" && !(value.startsWith("/media/") || value.startsWith("https://"))) findings.push(`img src ${raw}`);
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  // Belt and braces on the raw string: nothing that looks like an executable tag or a handler.
  if (/<\s*(script|iframe|object|embed|form|style|svg|math|base|meta|link)\b/i.test(html)) findings.push("raw dangerous tag");
  if (/\son[a-z]+\s*=/i.test(html.replace(/&[a-z]+;|&#\d+;/gi, ""))) findings.push("raw event handler");
  return findings;
}

describe("renderMarkdown sanitising", () => {
  it("has a list of at least 25 known payloads", () => {
    expect(PAYLOADS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(PAYLOADS)("leaves no script vector in %s", (payload) => {
    const html = renderMarkdown(payload);
    expect(findScriptVectors(html)).toEqual([]);
    // Text such as "javascript:alert(1)" may remain as harmless words; it must never sit inside an attribute.
    expect(html.toLowerCase()).not.toMatch(/=\s*"[^"]*(javascript|vbscript|data):/);
    expect(html.toLowerCase()).not.toMatch(/srcdoc|formaction/);
  });

  it("also survives every payload embedded in ordinary Markdown", () => {
    const html = renderMarkdown(`# Heading\n\nSome **text**.\n\n${PAYLOADS.join("\n\n")}\n\n- item`);
    expect(findScriptVectors(html)).toEqual([]);
  });

  it("the checker itself spots what it should (so the tests above can fail)", () => {
    expect(findScriptVectors(`<a href="javascript:alert(1)">x</a>`)).not.toEqual([]);
    expect(findScriptVectors(`<img src="x" onerror="alert(1)">`)).not.toEqual([]);
    expect(findScriptVectors(`<iframe></iframe>`)).not.toEqual([]);
  });
});

describe("renderMarkdown output", () => {
  it("renders ordinary Markdown: headings shifted below the page title, emphasis, lists, tables, code", () => {
    const html = renderMarkdown("# Title\n\n## What business can do\n\n- **Banks** act\n- *Platforms* remove posts\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n`code`");
    expect(html).toContain("<h2>Title</h2>");
    expect(html).toContain("<h2>What business can do</h2>");
    expect(html).toContain("<li><strong>Banks</strong> act</li>");
    expect(html).toContain("<em>Platforms</em>");
    expect(html).toContain("<table>");
    expect(html).toContain("<code>code</code>");
    expect(html).not.toContain("<h1>");
  });

  it("marks external links noopener noreferrer nofollow and leaves internal and mailto links plain", () => {
    const html = renderMarkdown("[brief](https://www.baliprocess.net/x) [agenda](/forums/gabf-2023/agenda) [mail](mailto:rso@example.org)");
    expect(html).toContain(`<a href="https://www.baliprocess.net/x" rel="noopener noreferrer nofollow">brief</a>`);
    expect(html).toContain(`<a href="/forums/gabf-2023/agenda">agenda</a>`);
    expect(html).toContain(`<a href="mailto:rso@example.org">mail</a>`);
  });

  it("drops an author's own rel (e.g. a 'follow' claim) on internal links", () => {
    expect(renderMarkdown(`<a href="/news" rel="opener">x</a>`)).toContain(`<a href="/news">x</a>`);
  });

  it("keeps images from /media/ and https only, with their alt text", () => {
    const html = renderMarkdown("![Delegates in the hall](/media/clx123abc) ![Logo](https://cdn.example.org/logo.png) ![Bad](http://insecure.example/x.png) ![Rel](../x.png)");
    expect(html).toContain(`<img alt="Delegates in the hall" loading="lazy" src="/media/clx123abc" />`);
    expect(html).toContain(`src="https://cdn.example.org/logo.png"`);
    expect(html).not.toContain("insecure.example");
    expect(html).not.toContain("../x.png");
  });

  it("gives plain text for summaries", () => {
    expect(markdownToText("## Heading\n\nSome **bold** <script>x()</script> text")).toBe("Heading Some bold text");
  });
});
