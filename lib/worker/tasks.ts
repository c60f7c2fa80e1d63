// The pure jobs that may run off the main thread (lib/worker/run-task.ts): parsing, segmentation and
// quality checks of uploads. Everything reachable from here must be pure — no Prisma, no "server-only",
// no Next — because it also runs inside a worker thread.
import { prepareArticleImport } from "@/lib/articles/prepare-import";
import { parseXliff } from "@/lib/export/xliff-import";
import { prepareTmxImport } from "@/lib/translation/prepare-tmx";

export const TASKS = {
  article: prepareArticleImport,
  tmx: prepareTmxImport,
  xliff: (content: string | Uint8Array) => parseXliff(content),
};

export type TaskName = keyof typeof TASKS;
export type TaskInput<N extends TaskName> = Parameters<(typeof TASKS)[N]>;
export type TaskResult<N extends TaskName> = ReturnType<(typeof TASKS)[N]>;
