// What every check receives: one source/target pair, their analyses and the article options.
import type { Analysis } from "../extract/analyze";
import type { CheckOptions, Lang, QualityIssue } from "../types";

export type CheckContext = {
  source: string;
  target: string;
  lang: Lang;
  kind?: string;
  src: Analysis;
  tgt: Analysis;
  options: CheckOptions;
  /** The other target language of the same segment, when present (cross-target consistency). */
  other?: { lang: Lang; text: string; analysis: Analysis };
};

export type Check = (ctx: CheckContext) => QualityIssue[];
