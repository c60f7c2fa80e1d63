// GET /v2/usage: characters billed so far against the limit.
import type { Route } from "./route";

export const usageRoute: Route = (state) => ({
  status: 200,
  body: { character_count: state.characterCount, character_limit: state.characterLimit },
});
