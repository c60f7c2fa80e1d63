"use client";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { EditorSegment, EditorTranslation } from "@/lib/articles/editor-types";
import type { LiveEvent, PresenceView } from "@/lib/live/events";
import { decideRemote } from "@/lib/live/decide-remote";
import type { TargetLang } from "@/lib/vocabulary";
import type { HeldChange, LiveApi } from "./live-context";
import { usePresenceReport } from "./use-presence-report";

type Options = {
  articleId: string;
  userId: string;
  segments: EditorSegment[];
  stash: Map<string, string>;
  update: (segmentId: string, lang: TargetLang, patch: Partial<EditorTranslation>) => void;
};

/** After the server closed the stream for good (signed out, restarted), a new one is tried this much later. */
const REOPEN_MS = 5_000;

/**
 * The article's live channel (Server-Sent Events, lib/live): others' committed rows are applied where
 * nobody types, held as "changed by X" where I have unsaved text, and presence is kept for the badges.
 * The browser reconnects by itself with Last-Event-ID; a stream the server closed is reopened with it.
 */
export function useLiveChannel(o: Options): LiveApi & { clientId: string | null } {
  const [people, setPeople] = useState<PresenceView[]>([]);
  const [held, setHeld] = useState<ReadonlyMap<string, HeldChange>>(() => new Map());
  const [clientId, setClientId] = useState<string | null>(null);
  const latest = useRef(o);
  useEffect(() => {
    latest.current = o;
  });

  const onRows = useCallback((event: Extract<LiveEvent, { type: "rows" }>) => {
    const { segments, stash, update, userId } = latest.current;
    const byId = new Map(segments.map((s) => [s.id, s]));
    const hold: [string, HeldChange][] = [];
    for (const { segmentId, lang, patch } of event.changes) {
      const current = byId.get(segmentId)?.translations[lang];
      const decision = decideRemote(current, patch, current && stash.get(current.id), event.actorId === userId);
      if (decision === "apply") update(segmentId, lang, patch);
      if (decision !== "hold" || !current || patch.version === undefined) continue;
      const details = {
        text: patch.text ?? current.text,
        state: patch.state ?? current.state,
        version: patch.version,
        updatedBy: patch.updatedBy ?? event.actorName,
        updatedAt: patch.updatedAt ?? new Date().toISOString(),
      };
      hold.push([current.id, { details, patch }]);
    }
    if (hold.length) setHeld((prev) => new Map([...prev, ...hold]));
  }, []);

  useEffect(() => {
    let source: EventSource | null = null;
    let lastId = "";
    let reopen: ReturnType<typeof setTimeout> | undefined;
    const open = () => {
      const query = lastId ? `?last=${encodeURIComponent(lastId)}` : "";
      const es = new EventSource(`/api/live/articles/${encodeURIComponent(o.articleId)}${query}`);
      source = es;
      const read = (handler: (data: never) => void) => (e: MessageEvent<string>) => {
        if (e.lastEventId) lastId = e.lastEventId;
        handler(JSON.parse(e.data) as never);
      };
      es.addEventListener(
        "hello",
        read((d: { clientId: string }) => setClientId(d.clientId)),
      );
      es.addEventListener("rows", read(onRows));
      es.addEventListener(
        "presence",
        read((d: { people: PresenceView[] }) => setPeople(d.people)),
      );
      es.onerror = () => {
        if (es.readyState !== EventSource.CLOSED) return; // the browser reconnects by itself
        reopen = setTimeout(open, REOPEN_MS);
      };
    };
    open();
    return () => {
      clearTimeout(reopen);
      source?.close();
    };
  }, [o.articleId, onRows]);

  const release = useCallback((translationId: string) => {
    setHeld((prev) => {
      if (!prev.has(translationId)) return prev;
      const next = new Map(prev);
      next.delete(translationId);
      return next;
    });
  }, []);
  const others = useMemo(() => (clientId ? people.filter((p) => p.clientId !== clientId) : []), [people, clientId]);
  usePresenceReport(o.articleId, clientId);
  return useMemo(() => ({ people: others, held, release, clientId }), [others, held, release, clientId]);
}
