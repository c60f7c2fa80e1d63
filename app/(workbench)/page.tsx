import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/server/current-actor";
import { loadMyWork } from "@/lib/queue/server/load-my-work";
import { QueueSection } from "@/components/work/queue-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("work"))("title") };
}

/** The start page: My work, the queues the user's role works from (lib/queue). */
export default async function MyWorkPage() {
  const user = await requireUser(); // layouts are not re-run on client navigation
  const [t, sections] = await Promise.all([getTranslations("work"), loadMyWork(user)]);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <div className="work-grid">
        {sections.map(({ section, items }) => (
          <QueueSection key={section} section={section} items={items} />
        ))}
      </div>
    </>
  );
}
