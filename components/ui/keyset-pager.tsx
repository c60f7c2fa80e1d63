import Link from "next/link";
import type { ReactNode } from "react";

/**
 * Previous / next links of a keyset-paginated list (the hrefs carry the cursors, so a page's URL can be
 * shared); `status` (a count) sits between them. Nothing when there is one page and no status.
 */
export function KeysetPager({
  newer,
  older,
  labels,
  status,
}: {
  newer: string | null;
  older: string | null;
  labels: { nav: string; newer: string; older: string };
  status?: ReactNode;
}) {
  if (!newer && !older && !status) return null;
  return (
    <nav className="pager" aria-label={labels.nav}>
      {newer ? (
        <Link href={newer} rel="prev" className="button">
          {labels.newer}
        </Link>
      ) : (
        <span />
      )}
      {status ? <span className="muted small">{status}</span> : null}
      {older ? (
        <Link href={older} rel="next" className="button">
          {labels.older}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
