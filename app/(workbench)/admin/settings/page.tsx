import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/server/require-permission";
import { loadMtSettings } from "@/lib/translation/server/load-mt-settings";
import { mtConfigured } from "@/lib/translation/server/load-provider";
import { MtSettingsForm } from "@/components/admin/mt-settings-form";
import { ReviewSettingsForm } from "@/components/admin/review-settings-form";
import { loadReviewSettings } from "@/lib/settings/server/review-settings";
import { loadWebhookHosts } from "@/lib/cms/server/load-webhook-hosts";
import { WebhookHostsForm } from "@/components/admin/webhook-hosts-form";
import { loadDeeplKeyStatus } from "@/lib/translation/server/load-deepl-key";
import { DeeplKeyForm } from "@/components/admin/deepl-key-form";
import { loadMemoryFillSettings } from "@/lib/settings/server/memory-fill-settings";
import { MemoryFillForm } from "@/components/admin/memory-fill-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mt.settings"))("title") };
}

export default async function SettingsPage() {
  await requirePermission("settings.manage");
  const [t, ta, tw, tk, tf, settings, review, webhookHosts, keyStatus, configured, memoryFill] = await Promise.all([
    getTranslations("mt.settings"),
    getTranslations("admin.reviewSettings"),
    getTranslations("admin.webhookHosts"),
    getTranslations("admin.deeplKey"),
    getTranslations("admin.memoryFill"),
    loadMtSettings(),
    loadReviewSettings(),
    loadWebhookHosts(),
    loadDeeplKeyStatus(),
    mtConfigured(),
    loadMemoryFillSettings(),
  ]);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>
      <p className="muted lead-text">{t("intro")}</p>
      <p className={configured ? "small" : "error-message"}>{configured ? t("configured") : t("notConfigured")}</p>
      <h2 className="section-title">{tk("title")}</h2>
      <DeeplKeyForm status={keyStatus} />
      <h2 className="section-title">{t("options")}</h2>
      <MtSettingsForm initial={settings} />
      <h2 className="section-title">{ta("title")}</h2>
      <ReviewSettingsForm initial={review} />
      <h2 className="section-title">{tf("title")}</h2>
      <MemoryFillForm initial={memoryFill} />
      <h2 className="section-title">{tw("title")}</h2>
      <WebhookHostsForm initial={webhookHosts} />
    </>
  );
}
