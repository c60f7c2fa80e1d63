// GET /v2/languages: the source or (type=target) target languages Duyệt uses.
import type { Route } from "./route";
import { one } from "../params";

const TARGETS = [
  { language: "DE", name: "German", supports_formality: true },
  { language: "EN-GB", name: "English (British)", supports_formality: false },
  { language: "EN-US", name: "English (American)", supports_formality: false },
  { language: "VI", name: "Vietnamese", supports_formality: false },
];
const SOURCES = [
  { language: "DE", name: "German" },
  { language: "EN", name: "English" },
  { language: "VI", name: "Vietnamese" },
];

export const languagesRoute: Route = (_state, p) => ({
  status: 200,
  body: one(p, "type") === "target" ? TARGETS : SOURCES,
});
