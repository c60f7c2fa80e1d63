// What <ErrorMessage> needs to say why an action failed: an error code and its parameters (words from next-intl messages).
// Its own module: the session guard and the action hooks both use it without importing each other.
export type Failure = { code: string; params?: Record<string, string | number> };
