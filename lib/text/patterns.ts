// Regular expressions built at run time that read user text are registered here, so that the ReDoS
// test (tests/unit/text/regex-linear.test.ts) analyses them together with the regex literals it finds
// in the source. Patterns built per call (from a glossary term or a name) come from builder functions
// the test calls with sample input instead: registering those would grow without bound.
const registered: RegExp[] = [];

export function userTextPattern(re: RegExp): RegExp {
  registered.push(re);
  return re;
}

export function registeredPatterns(): readonly RegExp[] {
  return registered;
}
