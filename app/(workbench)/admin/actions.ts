"use server";
import { saveReviewSettingsAction } from "@/lib/settings/server/actions";
import { saveWebhookHostsAction } from "@/lib/cms/server/actions";
import { currentActor } from "@/lib/auth/server/current-actor";
import { formField } from "@/lib/uploads/form-field";
import {
  deleteGlossaryTermAction,
  exportMemoryAction,
  importMemoryAction,
  saveGlossaryTermAction,
  saveMtSettingsAction,
} from "@/lib/translation/server/actions";

// Thin bindings for the admin pages (glossary, memory, MT settings): actor from the session, then the action.
export async function saveGlossaryTerm(input: {
  id?: string;
  vi: string;
  de: string;
  en: string;
  note: string;
  caseSensitive: boolean;
}) {
  return saveGlossaryTermAction(input, await currentActor());
}

export async function deleteGlossaryTerm(input: { id: string }) {
  return deleteGlossaryTermAction(input, await currentActor());
}

/** Form field `file`: the TMX file itself, uploaded as multipart. */
export async function importMemory(form: FormData) {
  return importMemoryAction({ xml: formField(form, "file") }, await currentActor());
}

export async function exportMemory() {
  return exportMemoryAction({}, await currentActor());
}

export async function saveMtSettings(input: { englishVariant: string; germanFormality: string }) {
  return saveMtSettingsAction(input, await currentActor());
}

export async function saveReviewSettings(input: { fourEyes: boolean; diacritics: string }) {
  return saveReviewSettingsAction(input, await currentActor());
}

export async function saveWebhookHosts(input: { hosts: string[] }) {
  return saveWebhookHostsAction(input, await currentActor());
}
