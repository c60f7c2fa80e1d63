// Magnitude words of the three languages (Milliarden, triệu, billion).
import type { TextLang } from "../../types";

/** Magnitude words after a number; "m"/"k"/"bn" attached to a money amount are English shorthand. */
export const MAGNITUDES: Record<TextLang, Array<[string, number]>> = {
  vi: [
    ["nghìn tỷ", 1e12],
    ["ngàn tỷ", 1e12],
    ["nghìn tỉ", 1e12],
    ["ngàn tỉ", 1e12],
    ["tỷ", 1e9],
    ["tỉ", 1e9],
    ["triệu", 1e6],
    ["nghìn", 1e3],
    ["ngàn", 1e3],
    ["vạn", 1e4],
    ["trăm", 100],
  ],
  de: [
    ["Billionen", 1e12],
    ["Billion", 1e12],
    ["Milliarden", 1e9],
    ["Milliarde", 1e9],
    ["Mrd.", 1e9],
    ["Mrd", 1e9],
    ["Millionen", 1e6],
    ["Million", 1e6],
    ["Mio.", 1e6],
    ["Mio", 1e6],
    ["Tausend", 1e3],
    ["tausend", 1e3],
    ["Tsd.", 1e3],
    ["Hundert", 100],
    ["hundert", 100],
  ],
  en: [
    ["trillion", 1e12],
    ["billion", 1e9],
    ["million", 1e6],
    ["thousand", 1e3],
    ["hundred", 100],
    ["tn", 1e12],
    ["bn", 1e9],
    ["mn", 1e6],
  ],
};
