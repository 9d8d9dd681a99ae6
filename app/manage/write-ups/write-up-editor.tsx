"use client";

import { useEffect, useMemo, useState, type FormEvent } from "react";
import { useAction } from "@/components/ui/use-action";
import { useRouter } from "next/navigation";
import { previewMarkdownAction, saveWriteUpAction } from "@/lib/write-ups/actions";
import { TAG_LABELS, WRITE_UP_TAGS } from "@/lib/write-ups/schema";
import { chathamWarnings, isProtectedSession, needsClosedConfirmation, protectedPresenters, type GuardSession } from "@/lib/write-ups/chatham";
import { PROSE_CLASS } from "@/lib/markdown/prose";
import { dayInZone, formatDay, timeInZone } from "@/lib/time";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { EditorOptions, EditorWriteUp } from "@/lib/write-ups/queries";

type Quote = { key: number; text: string; presenterId: string; attribution: string };
type ImageEdit = { alt: string; caption: string; remove: boolean };

type Props = {
  initial: EditorWriteUp | null;
  options: EditorOptions;
  /** For a new write-up: today in the organisers' sense, so the date field starts filled. */
  today: string;
};

const MAX_QUOTES = 10;
const MAX_NEW_IMAGES = 6;

let quoteKey = 0;

export function WriteUpEditor({ initial, options, today }: Props) {
  const router = useRouter();
  const { result: state, submit, pending: saving } = useAction(saveWriteUpAction);
  const [version, setVersion] = useState(initial?.version ?? 0);
  const [title, setTitle] = useState(initial?.title ?? "");
  const [slug, setSlug] = useState(initial?.slug ?? "");
  const [summary, setSummary] = useState(initial?.summary ?? "");
  const [body, setBody] = useState(initial?.body ?? "");
  const [tag, setTag] = useState<string>(initial?.tag ?? "event");
  const [date, setDate] = useState(initial?.date ?? today);
  const [forumId, setForumId] = useState(initial?.forumId ?? "");
  const [sessionIds, setSessionIds] = useState<string[]>(initial?.sessionIds ?? []);
  const [presenterIds, setPresenterIds] = useState<string[]>(initial?.presenterIds ?? []);
  const [quotes, setQuotes] = useState<Quote[]>(
    () => initial?.quotes.map((q) => ({ key: ++quoteKey, text: q.text, presenterId: q.presenterId ?? "", attribution: q.attribution })) ?? [],
  );
  const [coverAlt, setCoverAlt] = useState(initial?.coverAlt ?? "");
  const [removeCover, setRemoveCover] = useState(false);
  const [imageEdits, setImageEdits] = useState<Record<string, ImageEdit>>({});
  const [newImageSlots, setNewImageSlots] = useState(0);
  const [uploadRound, setUploadRound] = useState(0);
  const [confirmClosed, setConfirmClosed] = useState(false);
  const [preview, setPreview] = useState<{ html: string; error?: string }>({ html: "" });
  const [savedAt, setSavedAt] = useState("");

  // A status change elsewhere on the page bumps the server's version; adopt it and keep the typed text.
  const [seenVersion, setSeenVersion] = useState(initial?.version ?? 0);
  if (initial && initial.version !== seenVersion) {
    setSeenVersion(initial.version);
    setVersion(initial.version);
  }

  // Live preview, rendered on the server by the same sanitiser as the article page.
  useEffect(() => {
    let cancelled = false;
    const t = setTimeout(async () => {
      const r = await previewMarkdownAction({ body }).catch(() => null);
      if (!r) return;
      if (!cancelled) setPreview(r.ok ? { html: r.data.html } : { html: "", error: r.message });
    }, 350);
    return () => {
      cancelled = true;
      clearTimeout(t);
    };
  }, [body]);

  const allSessions = useMemo(
    () => options.forums.flatMap((f) => f.sessions.map((s) => ({ ...s, forumId: f.id, forumName: f.name, timeZone: f.timeZone }))),
    [options.forums],
  );
  const selectedSessions: GuardSession[] = allSessions.filter((s) => sessionIds.includes(s.id));
  const guarded = protectedPresenters(selectedSessions);
  const warnings = chathamWarnings(selectedSessions, {
    title,
    summary,
    body,
    quotes: quotes.map((q) => ({ text: q.text, presenterId: q.presenterId || null, attribution: q.attribution })),
  });
  const needsConfirm = needsClosedConfirmation(selectedSessions);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const err = (k: string) => errors[k];
  const forumsShown = forumId ? options.forums.filter((f) => f.id === forumId) : options.forums;
  const hiddenSelected = allSessions.filter((s) => sessionIds.includes(s.id) && forumId && s.forumId !== forumId);
  const hasExistingCover = !!initial?.coverId && !removeCover;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    // Submitting by hand (not <form action>) stops React from resetting the form: typed text survives a refusal.
    e.preventDefault();
    const fd = new FormData(e.currentTarget);
    submit(fd, (result) => {
      if (!result.ok) return;
      // Stored now: adopt the new version and clear the file inputs so the same files are not uploaded twice.
      setVersion(result.data.version);
      setSeenVersion(result.data.version);
      setSavedAt(new Date().toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit" }));
      setNewImageSlots(0);
      setUploadRound((n) => n + 1);
      setRemoveCover(false);
      setConfirmClosed(false);
      if (!initial) router.replace(`/manage/write-ups/${result.data.id}?created=1`);
      else router.refresh();
    });
  }

  function toggle(list: string[], set: (v: string[]) => void, id: string, on: boolean) {
    set(on ? [...new Set([...list, id])] : list.filter((x) => x !== id));
  }

  function sessionLabel(s: (typeof allSessions)[number]) {
    const at = new Date(s.startsAt);
    return `${formatDay(dayInZone(at, s.timeZone), { year: false })}, ${timeInZone(at, s.timeZone)}`;
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="editor-status" className="space-y-8">
      {initial ? (
        <>
          <input type="hidden" name="id" value={initial.id} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="hasExistingCover" value={hasExistingCover ? "1" : "0"} />
        </>
      ) : null}

      <div id="editor-status" aria-live="polite">
        {state && !state.ok ? (
          <Alert tone="error" title={state.code === "stale" ? "Not saved: someone else changed this write-up" : "Not saved"}>
            <p>{state.message}</p>
          </Alert>
        ) : null}
        {state?.ok ? <Alert tone="success">Saved{savedAt ? ` at ${savedAt}` : ""}.</Alert> : null}
      </div>

      <section aria-labelledby="sec-article" className="rounded border border-line bg-white p-5">
        <h2 id="sec-article" className="mb-4 text-lg font-semibold">
          Article
        </h2>
        <Field label="Title" name="title" required errors={err("title")}>
          {(p) => <Input {...p} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />}
        </Field>
        <Field
          label="Web address"
          name="slug"
          errors={err("slug")}
          hint={
            <>
              The last part of the article&apos;s address: /news/<strong>{slug || "made-from-the-title"}</strong>. Leave empty to make it from the title.
              {initial?.publishedAt ? " Changing it breaks links people have already shared." : ""}
            </>
          }
        >
          {(p) => <Input {...p} value={slug} onChange={(e) => setSlug(e.target.value)} maxLength={100} autoCapitalize="none" spellCheck={false} />}
        </Field>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Date" name="date" required errors={err("date")} hint="The date shown on the article.">
            {(p) => <Input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
          </Field>
          <Field label="Tag" name="tag" required errors={err("tag")}>
            {(p) => (
              <Select {...p} value={tag} onChange={(e) => setTag(e.target.value)}>
                {WRITE_UP_TAGS.map((t) => (
                  <option key={t} value={t}>
                    {TAG_LABELS[t]}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        </div>
        <Field label="Summary" name="summary" errors={err("summary")} hint="One or two sentences shown in the news list, the feed and when the article is shared. Needed before publishing.">
          {(p) => <Textarea {...p} rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} maxLength={600} />}
        </Field>

        <div className="grid gap-6 2xl:grid-cols-2">
          <Field
            label="Body"
            name="body"
            errors={err("body")}
            hint={
              <>
                Markdown: <code>## Heading</code>, <code>**bold**</code>, <code>- list item</code>, <code>[link text](https://…)</code>. Scripts and embedded HTML are removed.
              </>
            }
          >
            {(p) => <Textarea {...p} rows={22} value={body} onChange={(e) => setBody(e.target.value)} className="font-mono text-sm" />}
          </Field>
          <div>
            <p className="block text-sm font-medium text-ink" id="preview-label">
              Preview
            </p>
            <p className="mt-0.5 text-xs text-muted">As readers will see it.</p>
            <div role="region" aria-labelledby="preview-label" className="mt-1 max-h-[34rem] overflow-y-auto rounded border border-dashed border-gray-400 bg-paper p-4">
              {preview.error ? (
                <p className="text-sm text-danger">{preview.error}</p>
              ) : preview.html ? (
                <div className={PROSE_CLASS} dangerouslySetInnerHTML={{ __html: preview.html }} />
              ) : (
                <p className="text-sm text-muted">Nothing to preview yet.</p>
              )}
            </div>
          </div>
        </div>
      </section>

      {warnings.length ? (
        <div role="status" aria-live="polite" className="rounded border-l-4 border-warn bg-warn-light px-4 py-3 text-sm">
          <p className="font-semibold">Check attribution</p>
          <ul className="mt-1 list-disc pl-5">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          <p className="mt-1">Reporting what was said is fine; saying who said it is not.</p>
        </div>
      ) : null}

      <section aria-labelledby="sec-links" className="rounded border border-line bg-white p-5">
        <h2 id="sec-links" className="mb-4 text-lg font-semibold">
          Forum, sessions and people
        </h2>
        <Field label="Forum" name="forumId" errors={err("forumId")} hint="Also narrows the sessions listed below.">
          {(p) => (
            <Select {...p} value={forumId} onChange={(e) => setForumId(e.target.value)}>
              <option value="">No forum</option>
              {options.forums.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.name}
                </option>
              ))}
            </Select>
          )}
        </Field>

        <fieldset className="mb-4" aria-describedby={err("sessionIds") ? "sessions-error" : undefined}>
          <legend className="text-sm font-medium">
            Sessions <span className="font-normal text-muted">(optional)</span>
          </legend>
          {err("sessionIds") ? (
            <p id="sessions-error" className="text-sm text-danger" role="alert">
              {err("sessionIds")!.join(" ")}
            </p>
          ) : null}
          <div className="mt-1 max-h-72 overflow-y-auto rounded border border-gray-300 p-2">
            {hiddenSelected.map((s) => (
              <input key={s.id} type="hidden" name="sessionIds" value={s.id} />
            ))}
            {forumsShown.map((f) =>
              f.sessions.length ? (
                <div key={f.id} className="mb-2">
                  {!forumId ? <p className="px-1 text-xs font-semibold uppercase tracking-wide text-muted">{f.name}</p> : null}
                  <ul>
                    {f.sessions.map((s) => {
                      const full = { ...s, forumId: f.id, forumName: f.name, timeZone: f.timeZone };
                      return (
                        <li key={s.id}>
                          <label className="flex items-start gap-2 rounded px-1 py-1 text-sm hover:bg-accent-light">
                            <input
                              type="checkbox"
                              name="sessionIds"
                              value={s.id}
                              checked={sessionIds.includes(s.id)}
                              onChange={(e) => toggle(sessionIds, setSessionIds, s.id, e.target.checked)}
                              className="mt-1"
                            />
                            <span>
                              {s.title} <span className="text-muted">({sessionLabel(full)})</span>{" "}
                              {s.chathamHouse ? <Badge tone="warn">Chatham House</Badge> : null}{" "}
                              {s.visibility === "delegates" ? <Badge tone="danger">Delegates only</Badge> : null}
                            </span>
                          </label>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ) : null,
            )}
            {!forumsShown.some((f) => f.sessions.length) ? <p className="p-1 text-sm text-muted">This forum has no sessions yet.</p> : null}
          </div>
        </fieldset>

        {needsConfirm ? (
          <div className="mb-4 rounded border border-danger bg-danger-light p-3 text-sm">
            <p className="font-semibold">A linked session was closed to the public (delegates only).</p>
            {initial?.closedConfirmedAt ? (
              <p className="mt-1">Publication was confirmed on {formatDay(initial.closedConfirmedAt.toISOString().slice(0, 10))}.</p>
            ) : (
              <p className="mt-1">Publishing needs an explicit confirmation that this report may be public.</p>
            )}
            <label className="mt-2 flex items-start gap-2">
              <input type="checkbox" name="confirmClosed" checked={confirmClosed} onChange={(e) => setConfirmClosed(e.target.checked)} className="mt-1" />
              <span>I confirm that this report about a delegates-only session may be published.</span>
            </label>
            {err("confirmClosed") ? (
              <p className="mt-1 text-danger" role="alert">
                {err("confirmClosed")!.join(" ")}
              </p>
            ) : null}
          </div>
        ) : null}

        <fieldset aria-describedby={err("presenterIds") ? "presenters-error" : undefined}>
          <legend className="text-sm font-medium">
            Presenters in the article <span className="font-normal text-muted">(optional; their pages will link here)</span>
          </legend>
          {err("presenterIds") ? (
            <p id="presenters-error" className="text-sm text-danger" role="alert">
              {err("presenterIds")!.join(" ")}
            </p>
          ) : null}
          <ul className="mt-1 grid max-h-64 gap-1 overflow-y-auto rounded border border-gray-300 p-2 sm:grid-cols-2">
            {options.presenters.map((p) => (
              <li key={p.id}>
                <label className="flex items-start gap-2 rounded px-1 py-1 text-sm hover:bg-accent-light">
                  <input
                    type="checkbox"
                    name="presenterIds"
                    value={p.id}
                    checked={presenterIds.includes(p.id)}
                    onChange={(e) => toggle(presenterIds, setPresenterIds, p.id, e.target.checked)}
                    className="mt-1"
                  />
                  <span>
                    {p.name}
                    {p.organisation ? <span className="text-muted">, {p.organisation}</span> : null}
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      </section>

      <section aria-labelledby="sec-quotes" className="rounded border border-line bg-white p-5">
        <h2 id="sec-quotes" className="text-lg font-semibold">
          Pull quotes
        </h2>
        <p className="mb-4 text-sm text-muted">
          Attribute a quote to a presenter, describe the speaker in general terms, or leave it unattributed. Speakers of Chatham House and closed sessions cannot be named.
        </p>
        {quotes.map((q, i) => (
          <fieldset key={q.key} className="mb-4 rounded border border-gray-300 p-4">
            <legend className="px-1 text-sm font-medium">Quote {i + 1}</legend>
            <Field label="Quote" name={`quotes.${i}.text`} required errors={err(`quotes.${i}.text`)}>
              {(p) => (
                <Textarea
                  {...p}
                  rows={2}
                  value={q.text}
                  maxLength={1000}
                  onChange={(e) => setQuotes(quotes.map((x) => (x.key === q.key ? { ...x, text: e.target.value } : x)))}
                />
              )}
            </Field>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field label="Said by (presenter)" name={`quotes.${i}.presenterId`} errors={err(`quotes.${i}.presenterId`)}>
                {(p) => (
                  <Select {...p} value={q.presenterId} onChange={(e) => setQuotes(quotes.map((x) => (x.key === q.key ? { ...x, presenterId: e.target.value } : x)))}>
                    <option value="">Not attributed to a presenter</option>
                    {options.presenters.map((pr) => (
                      <option key={pr.id} value={pr.id} disabled={guarded.has(pr.id) && q.presenterId !== pr.id}>
                        {pr.name}
                        {guarded.has(pr.id) ? " (cannot be named: Chatham House or closed session)" : ""}
                      </option>
                    ))}
                  </Select>
                )}
              </Field>
              <Field label="Or describe the speaker" name={`quotes.${i}.attribution`} errors={err(`quotes.${i}.attribution`)} hint='e.g. "a participant from the banking sector"'>
                {(p) => (
                  <Input
                    {...p}
                    value={q.attribution}
                    maxLength={200}
                    onChange={(e) => setQuotes(quotes.map((x) => (x.key === q.key ? { ...x, attribution: e.target.value } : x)))}
                  />
                )}
              </Field>
            </div>
            <Button variant="ghost" className="px-0" onClick={() => setQuotes(quotes.filter((x) => x.key !== q.key))}>
              Remove quote {i + 1}
            </Button>
          </fieldset>
        ))}
        {quotes.length < MAX_QUOTES ? (
          <Button variant="secondary" onClick={() => setQuotes([...quotes, { key: ++quoteKey, text: "", presenterId: "", attribution: "" }])}>
            Add a quote
          </Button>
        ) : null}
      </section>

      <section aria-labelledby="sec-images" className="rounded border border-line bg-white p-5">
        <h2 id="sec-images" className="text-lg font-semibold">
          Cover and photos
        </h2>
        <p className="mb-4 text-sm text-muted">JPEG, PNG or WebP up to 5 MB; the type is checked from the file itself. Every image needs alt text describing it.</p>
        <div className="mb-6 grid gap-4 sm:grid-cols-[12rem_1fr]">
          {initial?.coverId && !removeCover ? (
            // eslint-disable-next-line @next/next/no-img-element -- served from our own /media route
            <img src={`/media/${initial.coverId}`} alt="Current cover" className="h-32 w-48 rounded object-cover" />
          ) : (
            <div className="flex h-32 w-48 items-center justify-center rounded border border-dashed border-gray-400 text-sm text-muted">No cover</div>
          )}
          <div>
            <Field label={initial?.coverId ? "Replace the cover" : "Cover image"} name="cover" errors={err("cover")}>
              {(p) => <Input key={`cover-${uploadRound}`} {...p} type="file" accept="image/jpeg,image/png,image/webp" />}
            </Field>
            <Field label="Cover alt text" name="coverAlt" errors={err("coverAlt")} hint="What the photo shows, for people who cannot see it. Required with a cover.">
              {(p) => <Input {...p} value={coverAlt} onChange={(e) => setCoverAlt(e.target.value)} maxLength={300} />}
            </Field>
            {initial?.coverId ? (
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="removeCover" checked={removeCover} onChange={(e) => setRemoveCover(e.target.checked)} />
                Remove the cover
              </label>
            ) : null}
          </div>
        </div>

        {initial?.images.length ? (
          <ul className="mb-6 space-y-4">
            {initial.images.map((img, i) => {
              const edit = imageEdits[img.id] ?? { alt: img.alt, caption: img.caption, remove: false };
              const set = (patch: Partial<ImageEdit>) => setImageEdits({ ...imageEdits, [img.id]: { ...edit, ...patch } });
              return (
                <li key={img.id} className="grid gap-4 rounded border border-gray-300 p-3 sm:grid-cols-[10rem_1fr]">
                  <input type="hidden" name={`images.${i}.id`} value={img.id} />
                  {/* eslint-disable-next-line @next/next/no-img-element -- served from our own /media route */}
                  <img src={`/media/${img.mediaId}`} alt={edit.alt || `Photo ${i + 1}`} className={`h-28 w-40 rounded object-cover ${edit.remove ? "opacity-40" : ""}`} />
                  <div>
                    <Field label={`Photo ${i + 1} alt text`} name={`images.${i}.alt`} required={!edit.remove} errors={err(`images.${i}.alt`)}>
                      {(p) => <Input {...p} value={edit.alt} onChange={(e) => set({ alt: e.target.value })} maxLength={300} />}
                    </Field>
                    <Field label={`Photo ${i + 1} caption`} name={`images.${i}.caption`} errors={err(`images.${i}.caption`)}>
                      {(p) => <Input {...p} value={edit.caption} onChange={(e) => set({ caption: e.target.value })} maxLength={300} />}
                    </Field>
                    <label className="flex items-center gap-2 text-sm">
                      <input type="checkbox" name={`images.${i}.remove`} checked={edit.remove} onChange={(e) => set({ remove: e.target.checked })} />
                      Remove this photo when saving
                    </label>
                  </div>
                </li>
              );
            })}
          </ul>
        ) : null}

        {Array.from({ length: newImageSlots }, (_, i) => (
          <fieldset key={`${uploadRound}-${i}`} className="mb-4 rounded border border-gray-300 p-4">
            <legend className="px-1 text-sm font-medium">New photo {i + 1}</legend>
            <Field label="Image file" name={`newImages.${i}.file`} errors={err(`newImages.${i}.file`)}>
              {(p) => <Input {...p} type="file" accept="image/jpeg,image/png,image/webp" />}
            </Field>
            <Field label="Alt text" name={`newImages.${i}.alt`} required errors={err(`newImages.${i}.alt`)}>
              {(p) => <Input {...p} maxLength={300} />}
            </Field>
            <Field label="Caption" name={`newImages.${i}.caption`} errors={err(`newImages.${i}.caption`)}>
              {(p) => <Input {...p} maxLength={300} />}
            </Field>
          </fieldset>
        ))}
        {newImageSlots < MAX_NEW_IMAGES ? (
          <Button variant="secondary" onClick={() => setNewImageSlots(newImageSlots + 1)}>
            Add a photo
          </Button>
        ) : null}
      </section>

      <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center gap-3 border-t border-line bg-paper/95 px-1 py-3">
        <Button type="submit" disabled={saving}>
          {saving ? "Saving…" : initial ? "Save changes" : "Create draft"}
        </Button>
        {initial?.status === "published" ? (
          <p className="text-sm text-muted">This article is published: saving updates it for readers at once and keeps a revision.</p>
        ) : null}
        {selectedSessions.some(isProtectedSession) ? <Badge tone="warn">Linked to a Chatham House or closed session</Badge> : null}
      </div>
    </form>
  );
}
