import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * The one Markdown renderer: the editor's preview and the article page both call it, so what an organiser
 * previews is what readers get. Marked turns Markdown into HTML (passing raw HTML through, as Markdown allows);
 * sanitize-html then keeps only a strict allow-list, so scripts, event handlers, frames, forms, styles and
 * dangerous URL schemes never reach a page whatever the author typed or pasted.
 */

// A private instance: marked's global defaults are shared by every importer in the process.
const marked = new Marked({ gfm: true, breaks: false, async: false });

const ALLOWED_TAGS = [
  "p", "br", "hr", "h2", "h3", "h4", "h5", "h6",
  "strong", "em", "del", "s", "code", "pre", "blockquote",
  "ul", "ol", "li", "a", "img",
  "table", "thead", "tbody", "tr", "th", "td",
];

/** Absolute http(s) URLs: the only links treated as leaving the site. */
function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href.trim());
}

/** Images come only from our own media route or over https; anything else (data:, http:, relative paths) is dropped. */
export function isAllowedImageSrc(src: string): boolean {
  const s = src.trim();
  return /^\/media\/[A-Za-z0-9_-]+$/.test(s) || /^https:\/\/[^\s/]+/i.test(s);
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "title", "loading"],
    th: ["align"],
    td: ["align"],
    ol: ["start"],
    code: ["class"],
  },
  allowedClasses: { code: [/^language-[a-z0-9+-]+$/] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["https"] },
  allowedSchemesAppliedToAttributes: ["href", "src", "cite", "action", "formaction", "srcset", "xlink:href"],
  allowProtocolRelative: false,
  allowedIframeHostnames: [],
  // Content of these is dropped outright rather than shown as text.
  nonTextTags: ["script", "style", "textarea", "option", "noscript", "title", "xmp", "iframe", "object", "embed", "svg", "math", "template"],
  disallowedTagsMode: "discard",
  transformTags: {
    // The page's own title is the h1; body headings start at h2.
    h1: "h2",
    a: (tagName, attribs) => {
      const out: sanitizeHtml.Attributes = { ...attribs };
      delete out.rel;
      if (out.href && isExternal(out.href)) out.rel = "noopener noreferrer nofollow";
      return { tagName, attribs: out };
    },
    img: (tagName, attribs) => {
      const out: sanitizeHtml.Attributes = { alt: attribs.alt ?? "", loading: "lazy" };
      if (attribs.src && isAllowedImageSrc(attribs.src)) out.src = attribs.src.trim();
      if (attribs.title) out.title = attribs.title;
      return { tagName, attribs: out };
    },
  },
  // An image whose source was refused is removed rather than left as a broken box.
  exclusiveFilter: (frame) => frame.tag === "img" && !frame.attribs.src,
};

/** Markdown (untrusted) to safe HTML. */
export function renderMarkdown(md: string): string {
  const html = marked.parse(md ?? "") as string;
  return sanitizeHtml(html, SANITIZE);
}

/** Plain text of Markdown, for summaries in feeds and meta descriptions. */
export function markdownToText(md: string): string {
  return sanitizeHtml(marked.parse(md ?? "") as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, " ")
    .trim();
}
