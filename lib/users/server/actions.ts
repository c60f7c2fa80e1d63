import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/action";
import { LOCALES } from "@/lib/i18n/config";
import { setLocale } from "./set-locale";
import {
  changeOwnPasswordInput,
  createUserInput,
  listUsersInput,
  resetPasswordInput,
  setActiveInput,
  setRoleInput,
} from "@/lib/users/accounts";
import { listUsers } from "./list-users";
import { createUser } from "./create-user";
import { setUserRole } from "./set-user-role";
import { resetUserPassword } from "./reset-user-password";
import { setUserActive } from "./set-user-active";
import { changeOwnPassword } from "./change-own-password";

export const setLocaleAction = defineAction({
  permission: "article.read", // every signed-in role may choose its own UI language
  input: z.object({ locale: z.enum(LOCALES) }),
  run: async (input, actor) => {
    await setLocale(actor.id, input.locale);
    return { locale: input.locale };
  },
});

// User administration (admins) and everyone's own password. The services write the rows better-auth's
// admin plugin would write, in one transaction with their audit row (see each service).
export const listUsersAction = defineAction({
  permission: "user.manage",
  input: listUsersInput,
  run: (input) => listUsers(input),
});

export const createUserAction = defineAction({
  permission: "user.manage",
  input: createUserInput,
  run: (input, actor) => createUser(input, actor),
});

export const setUserRoleAction = defineAction({
  permission: "user.manage",
  input: setRoleInput,
  run: (input, actor) => setUserRole(input, actor),
});

export const resetUserPasswordAction = defineAction({
  permission: "user.manage",
  input: resetPasswordInput,
  run: (input, actor) => resetUserPassword(input, actor),
});

export const setUserActiveAction = defineAction({
  permission: "user.manage",
  input: setActiveInput,
  run: (input, actor) => setUserActive(input, actor),
});

/** `keepSessionToken`: the session the change is made from (resolved on the server, never sent by the caller). */
export function changeOwnPasswordAction(keepSessionToken: string | null) {
  return defineAction({
    permission: "account.password",
    input: changeOwnPasswordInput,
    run: (input, actor) => changeOwnPassword(input, actor, keepSessionToken),
  });
}
