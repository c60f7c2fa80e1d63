"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import type { MtJobView } from "@/lib/translation/server/get-mt-status";
import { getMtStatus, startMachineTranslation } from "@/lib/translation/server/session-actions";
import { ErrorMessage } from "@/components/ui/error-message";
import { useAction } from "@/components/ui/use-action";
import type { Failure } from "@/components/ui/failure";
import { useEditor } from "./editor-context";
import { MtNotSetUp } from "./mt-not-set-up";

const POLL_MS = 1000;
const active = (job: MtJobView | null) => job?.state === "queued" || job?.state === "running";

/**
 * The "Machine translate" button and the run's progress. The job runs on the server; this only polls its
 * status every second and patches the rows it filled into the editor, so closing the tab loses nothing
 * and reopening the article shows the run where it is.
 */
export function MtRun({ articleId, configured, canConfigure }: Props) {
  if (!configured) return <MtNotSetUp canConfigure={canConfigure} />;
  return <MtRunButton articleId={articleId} />;
}

type Props = { articleId: string; configured: boolean; canConfigure: boolean };

function MtRunButton({ articleId }: { articleId: string }) {
  const t = useTranslations("mt.run");
  const format = useFormatter();
  const { update } = useEditor();
  const [job, setJob] = useState<MtJobView | null>(null);
  // Polling is not an action the user took: its failure is kept apart from the start button's.
  const [pollFailure, setPollFailure] = useState<Failure | null>(null);
  const cursor = useRef<string | null>(null);

  const poll = useCallback(async () => {
    const r = await getMtStatus({ articleId, since: cursor.current });
    if (!r.ok) {
      setPollFailure(r);
      return null;
    }
    setPollFailure(null);
    for (const c of r.data.changes) update(c.segmentId, c.lang, c.patch);
    cursor.current = r.data.cursor;
    setJob(r.data.job);
    return r.data.job;
  }, [articleId, update]);

  // On open: show a run that is still going (started earlier, maybe in another tab).
  useEffect(() => {
    void poll();
  }, [poll]);

  useEffect(() => {
    if (!active(job)) return;
    const timer = setTimeout(() => void poll(), POLL_MS);
    return () => clearTimeout(timer);
  }, [job, poll]);

  const start = useAction(startMachineTranslation, {
    onSuccess: async () => {
      cursor.current = null;
      await poll();
    },
  });
  const starting = start.pending;
  const failure = start.failure ?? pollFailure;

  const running = active(job);
  // The last run's outcome stays visible (also after reopening the article): a stopped run says why.
  const finishedNow = job && !running;
  return (
    <div className="mt-run" data-testid="mt-run">
      <button
        type="button"
        className="button primary"
        onClick={() => start.run({ articleId })}
        disabled={starting || running}
        title={t("hint")}
        aria-describedby="mt-run-status"
      >
        {starting ? t("starting") : job?.state === "failed" ? t("again") : t("button")}
      </button>
      <div id="mt-run-status" className="mt-status" aria-live="polite">
        {running ? (
          <>
            <progress max={Math.max(job!.total, 1)} value={job!.done} aria-label={t("progressLabel")} />
            <span className="small">
              {job!.state === "queued" ? t("queued") : t("running", { done: job!.done, total: job!.total })}
            </span>
          </>
        ) : null}
        {finishedNow && job!.state === "done" ? (
          <span className="small" role="status">
            {job!.total === 0
              ? t("nothing")
              : t("done", {
                  done: job!.done,
                  tm: job!.tmFilled,
                  requests: job!.requests,
                  characters: format.number(job!.billedCharacters),
                })}
          </span>
        ) : null}
        {finishedNow && job!.state === "failed" ? (
          <div className="mt-failed">
            <span className="small">{t("failed", { done: job!.done, total: job!.total })}</span>
            <ErrorMessage code={job!.errorCode ?? "INTERNAL"} params={job!.errorParams} />
          </div>
        ) : null}
        {failure ? <ErrorMessage code={failure.code} params={failure.params} /> : null}
      </div>
    </div>
  );
}
