import Link from "next/link";

/** Newer / older links of a keyset-paginated list (the hrefs carry the cursors); nothing when there is one page. */
export function KeysetPager({
  newer,
  older,
  labels,
}: {
  newer: string | null;
  older: string | null;
  labels: { nav: string; newer: string; older: string };
}) {
  if (!newer && !older) return null;
  return (
    <nav className="pager" aria-label={labels.nav}>
      {newer ? (
        <Link href={newer} rel="prev">
          {labels.newer}
        </Link>
      ) : (
        <span />
      )}
      {older ? (
        <Link href={older} rel="next">
          {labels.older}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
