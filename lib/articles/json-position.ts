// JSON.parse reports error positions only for some errors, and in engine-specific English. This
// scanner finds the offset of the first syntax error itself so the UI can say "line 3, column 7".
// Sticky: read where the scan stands, without copying the rest of the text for every number.
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

export function jsonErrorOffset(text: string): number {
  let at = 0;
  const fail = (): never => {
    throw at;
  };
  const space = () => {
    while (at < text.length && " \t\n\r".includes(text[at]!)) at++;
  };
  const literal = (word: string) => {
    for (const ch of word)
      if (text[at] === ch) at++;
      else fail();
  };
  const string = () => {
    at++;
    while (at < text.length && text[at] !== '"') {
      const ch = text[at]!;
      if (ch < " ") fail();
      if (ch === "\\") {
        at++;
        if (text[at] === "u") {
          for (let i = 1; i <= 4; i++)
            if (!/[0-9a-f]/i.test(text[at + i] ?? "")) {
              at += i;
              fail();
            }
          at += 4;
        } else if (!'"\\/bfnrt'.includes(text[at] ?? "x") || at >= text.length) fail();
      }
      at++;
    }
    if (at >= text.length) fail();
    at++;
  };
  const number = () => {
    NUMBER.lastIndex = at;
    const match = NUMBER.exec(text);
    if (!match) fail();
    at += match![0].length;
  };
  const value = (): void => {
    space();
    const ch = text[at];
    if (ch === "{") return container("}", true);
    if (ch === "[") return container("]", false);
    if (ch === '"') return string();
    if (ch === "t") return literal("true");
    if (ch === "f") return literal("false");
    if (ch === "n") return literal("null");
    if (ch === "-" || (ch !== undefined && ch >= "0" && ch <= "9")) return number();
    fail();
  };
  const container = (close: string, isObject: boolean) => {
    at++;
    space();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      if (isObject) {
        space();
        if (text[at] !== '"') fail();
        string();
        space();
        if (text[at] !== ":") fail();
        at++;
      }
      value();
      space();
      if (text[at] === ",") {
        at++;
        continue;
      }
      if (text[at] === close) {
        at++;
        return;
      }
      fail();
    }
  };
  try {
    value();
    space();
    if (at < text.length) fail();
    return -1;
  } catch (offset) {
    // Anything else is a stack overflow on absurd nesting: the scan position is still a fair answer.
    return typeof offset === "number" ? offset : at;
  }
}

/** 1-based line and column of an offset, counting code points as an editor does. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split("\n");
  return { line: lines.length, column: [...(lines.at(-1) ?? "")].length + 1 };
}
