import type { Locale } from "./config";
import type en_common from "./messages/en/common.json";
import type en_auth from "./messages/en/auth.json";
import type en_list from "./messages/en/list.json";
import type en_importer from "./messages/en/importer.json";
import type en_editor from "./messages/en/editor.json";
import type en_errors from "./messages/en/errors.json";
import type en_mt from "./messages/en/mt.json";
import type en_admin from "./messages/en/admin.json";
import type en_publish from "./messages/en/publish.json";
import type en_effort from "./messages/en/effort.json";
import type en_work from "./messages/en/work.json";

// Typed keys for the namespaces the workbench UI uses; domain files merged into "errors" at run time
// are looked up with t.has() (components/ui/error-message.tsx).
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: {
      common: typeof en_common;
      auth: typeof en_auth;
      list: typeof en_list;
      importer: typeof en_importer;
      editor: typeof en_editor;
      mt: typeof en_mt;
      publish: typeof en_publish;
      effort: typeof en_effort;
      work: typeof en_work;
      admin: typeof en_admin;
      errors: typeof en_errors & Record<string, string>;
      quality: Record<string, unknown>;
      articles: Record<string, unknown>;
      translation: Record<string, unknown>;
      export: Record<string, unknown>;
    };
  }
}
