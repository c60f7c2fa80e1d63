import "server-only";
import { db } from "@/lib/db";
import { accountKey, addressKey } from "@/lib/auth/sign-in-limits";
import { giveBack, type LimitOptions, type SignInAttempt } from "./reserve-sign-in-attempt";

/**
 * The attempt did not fail (signed in, or refused for another reason than a wrong password): the
 * address gets its count back, and the account's failures are forgiven — its owner knew the password.
 */
export async function releaseSignInAttempt(attempt: SignInAttempt, o: LimitOptions = {}): Promise<void> {
  const client = o.client ?? db;
  await client.rateLimitBucket.deleteMany({ where: { key: accountKey(attempt.email) } });
  if (attempt.address) await giveBack(client, [addressKey(attempt.address)]);
}
