// Every UI text, per locale and namespace (one JSON file per domain). Each domain file may carry an
// "errors" block for its codes; they are merged into the one "errors" namespace the UI looks codes up in.
import type { Locale } from "../config";
import en_common from "./en/common.json";
import en_auth from "./en/auth.json";
import en_list from "./en/list.json";
import en_importer from "./en/importer.json";
import en_editor from "./en/editor.json";
import en_errors from "./en/errors.json";
import en_articles from "./en/articles.json";
import en_translation from "./en/translation.json";
import en_quality from "./en/quality.json";
import en_export from "./en/export.json";
import en_mt from "./en/mt.json";
import en_admin from "./en/admin.json";
import en_publish from "./en/publish.json";
import en_effort from "./en/effort.json";
import en_work from "./en/work.json";
import de_common from "./de/common.json";
import de_auth from "./de/auth.json";
import de_list from "./de/list.json";
import de_importer from "./de/importer.json";
import de_editor from "./de/editor.json";
import de_errors from "./de/errors.json";
import de_articles from "./de/articles.json";
import de_translation from "./de/translation.json";
import de_quality from "./de/quality.json";
import de_export from "./de/export.json";
import de_mt from "./de/mt.json";
import de_admin from "./de/admin.json";
import de_publish from "./de/publish.json";
import de_effort from "./de/effort.json";
import de_work from "./de/work.json";
import vi_common from "./vi/common.json";
import vi_auth from "./vi/auth.json";
import vi_list from "./vi/list.json";
import vi_importer from "./vi/importer.json";
import vi_editor from "./vi/editor.json";
import vi_errors from "./vi/errors.json";
import vi_articles from "./vi/articles.json";
import vi_translation from "./vi/translation.json";
import vi_quality from "./vi/quality.json";
import vi_export from "./vi/export.json";
import vi_mt from "./vi/mt.json";
import vi_admin from "./vi/admin.json";
import vi_publish from "./vi/publish.json";
import vi_effort from "./vi/effort.json";
import vi_work from "./vi/work.json";

type Json = Record<string, unknown>;
const errorsOf = (file: Json): Json => (file.errors as Json | undefined) ?? {};

function build(l: Locale) {
  switch (l) {
    case "en":
      return {
        common: en_common,
        auth: en_auth,
        list: en_list,
        importer: en_importer,
        editor: en_editor,
        quality: en_quality,
        articles: en_articles,
        translation: en_translation,
        export: en_export,
        mt: en_mt,
        publish: en_publish,
        effort: en_effort,
        work: en_work,
        admin: en_admin,
        errors: {
          ...en_errors,
          ...errorsOf(en_articles),
          ...errorsOf(en_translation),
          ...errorsOf(en_export),
          ...errorsOf(en_admin),
          ...errorsOf(en_work),
        },
      };
    case "de":
      return {
        common: de_common,
        auth: de_auth,
        list: de_list,
        importer: de_importer,
        editor: de_editor,
        quality: de_quality,
        articles: de_articles,
        translation: de_translation,
        export: de_export,
        mt: de_mt,
        publish: de_publish,
        effort: de_effort,
        work: de_work,
        admin: de_admin,
        errors: {
          ...de_errors,
          ...errorsOf(de_articles),
          ...errorsOf(de_translation),
          ...errorsOf(de_export),
          ...errorsOf(de_admin),
          ...errorsOf(de_work),
        },
      };
    case "vi":
      return {
        common: vi_common,
        auth: vi_auth,
        list: vi_list,
        importer: vi_importer,
        editor: vi_editor,
        quality: vi_quality,
        articles: vi_articles,
        translation: vi_translation,
        export: vi_export,
        mt: vi_mt,
        publish: vi_publish,
        effort: vi_effort,
        work: vi_work,
        admin: vi_admin,
        errors: {
          ...vi_errors,
          ...errorsOf(vi_articles),
          ...errorsOf(vi_translation),
          ...errorsOf(vi_export),
          ...errorsOf(vi_admin),
          ...errorsOf(vi_work),
        },
      };
  }
}

const cache = new Map<Locale, ReturnType<typeof build>>();

export function loadMessages(locale: Locale) {
  let messages = cache.get(locale);
  if (!messages) {
    messages = build(locale);
    cache.set(locale, messages);
  }
  return messages;
}

/** The English messages define the shape every locale must have (checked by tests/unit/i18n). */
export type Messages = ReturnType<typeof build> & { errors: typeof en_errors };
