// Search folding: what a newsroom types into a search box rarely carries every tone mark ("ca mau" for
// "Cà Mau"), so stored search text and queries are compared in one folded form — lower case, no
// combining marks, đ/Đ as d (đ is a letter of its own, not d plus a mark, so NFD leaves it alone).
// One pass over the text, no backtracking: linear in its length.

const COMBINING_MARKS = /\p{M}+/gu;
const D_WITH_STROKE = /[đĐ]/g;
const SPACES = /\s+/gu;

export function foldForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(COMBINING_MARKS, "")
    .replace(D_WITH_STROKE, "d")
    .toLowerCase()
    .replace(SPACES, " ")
    .trim();
}
