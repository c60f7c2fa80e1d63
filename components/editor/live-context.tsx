"use client";
import { createContext, useContext } from "react";
import type { EditorTranslation } from "@/lib/articles/editor-types";
import type { PresenceView } from "@/lib/live/events";
import type { ConflictDetails } from "@/lib/review/types";

/** Someone else's committed change to a cell with my unsaved text: shown, never applied, until I choose. */
export type HeldChange = { details: ConflictDetails; patch: Partial<EditorTranslation> };

export type LiveApi = {
  /** The other open editors of the article (not this tab), with the cell each is in. */
  people: PresenceView[];
  held: ReadonlyMap<string, HeldChange>;
  release: (translationId: string) => void;
};

const none: LiveApi = { people: [], held: new Map(), release: () => {} };

export const LiveContext = createContext<LiveApi>(none);

export function useLive(): LiveApi {
  return useContext(LiveContext);
}
