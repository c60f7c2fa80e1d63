// Vocabulary of the three languages: number words, magnitudes, currencies, units, months, weekdays.
import type { TextLang } from "../types";

/** Spelled-out numbers (soft: they may satisfy a digit on the other side, never raise alarms). */
export const NUMBER_WORDS: Record<TextLang, Array<[string, number[]]>> = {
  vi: [
    ["mười một", [11]], ["mười hai", [12]], ["hai mươi", [20]], ["ba mươi", [30]], ["bốn mươi", [40]],
    ["năm mươi", [50]], ["một trăm", [100]], ["đầu tiên", [1]], ["thứ nhất", [1]], ["một", [1]], ["hai", [2]],
    ["ba", [3]], ["bốn", [4]], ["năm", [5]], ["sáu", [6]], ["bảy", [7]], ["bẩy", [7]], ["tám", [8]],
    ["chín", [9]], ["mười", [10]], ["không", [0]], ["nửa", [0.5]], ["đôi", [2]], ["chục", [10]],
  ],
  de: [
    ["zwanzig", [20]], ["dreißig", [30]], ["vierzig", [40]], ["fünfzig", [50]], ["hundert", [100]],
    ["zwölf", [12]], ["zwei", [2]], ["drei", [3]], ["dritt", [3]], ["viertel", [0.25]], ["vier", [4]],
    ["fünf", [5]], ["sechs", [6]], ["sieben", [7]], ["siebt", [7]], ["acht", [8]], ["neun", [9]],
    ["zehn", [10]], ["elf", [11]], ["erst", [1]], ["null", [0]], ["drittel", [1 / 3]], ["hälfte", [0.5]],
    ["halb", [0.5]], ["dutzend", [12]], ["beide", [2]], ["doppelt", [2]],
  ],
  en: [
    ["zero", [0]], ["one", [1]], ["two", [2]], ["three", [3]], ["four", [4]], ["five", [5]], ["six", [6]],
    ["seven", [7]], ["eight", [8]], ["nine", [9]], ["ten", [10]], ["eleven", [11]], ["twelve", [12]],
    ["twenty", [20]], ["thirty", [30]], ["forty", [40]], ["fifty", [50]], ["hundred", [100]], ["dozen", [12]],
    ["first", [1]], ["second", [2]], ["third", [3, 1 / 3]], ["fourth", [4]], ["fifth", [5]], ["sixth", [6]],
    ["seventh", [7]], ["eighth", [8]], ["ninth", [9]], ["tenth", [10]], ["eleventh", [11]], ["twelfth", [12]],
    ["half", [0.5]], ["quarter", [0.25]], ["twice", [2]], ["once", [1]], ["double", [2]], ["both", [2]],
    ["single", [1]], ["a", [1]], ["an", [1]], ["twenties", [20]], ["thirties", [30]], ["forties", [40]],
  ],
};
/** German words are matched as word prefixes (fünfjährigen, Vierzigern, zweiten); these only whole. */
export const DE_WHOLE_ONLY = new Set(["ein", "eine", "einen", "einem", "einer", "eines", "null", "halb", "elf", "acht"]);
NUMBER_WORDS.de.push(...["ein", "eine", "einen", "einem", "einer", "eines"].map((w): [string, number[]] => [w, [1]]));

/** Magnitude words after a number; "m"/"k"/"bn" attached to a money amount are English shorthand. */
export const MAGNITUDES: Record<TextLang, Array<[string, number]>> = {
  vi: [["nghìn tỷ", 1e12], ["ngàn tỷ", 1e12], ["nghìn tỉ", 1e12], ["ngàn tỉ", 1e12], ["tỷ", 1e9], ["tỉ", 1e9],
    ["triệu", 1e6], ["nghìn", 1e3], ["ngàn", 1e3], ["vạn", 1e4], ["trăm", 100]],
  de: [["Billionen", 1e12], ["Billion", 1e12], ["Milliarden", 1e9], ["Milliarde", 1e9], ["Mrd.", 1e9],
    ["Mrd", 1e9], ["Millionen", 1e6], ["Million", 1e6], ["Mio.", 1e6], ["Mio", 1e6], ["Tausend", 1e3],
    ["tausend", 1e3], ["Tsd.", 1e3], ["Hundert", 100], ["hundert", 100]],
  en: [["trillion", 1e12], ["billion", 1e9], ["million", 1e6], ["thousand", 1e3], ["hundred", 100],
    ["tn", 1e12], ["bn", 1e9], ["mn", 1e6]],
};

/** Currency words after an amount, mapped to ISO codes (longest first). */
export const CURRENCY_SUFFIX: Record<TextLang, Array<[string, string]>> = {
  vi: [["đô la Mỹ", "USD"], ["đô la Úc", "AUD"], ["đô la Singapore", "SGD"], ["đô-la", "USD"], ["đô la", "USD"],
    ["đôla", "USD"], ["USD", "USD"], ["đồng", "VND"], ["VNĐ", "VND"], ["VND", "VND"], ["bảng Anh", "GBP"],
    ["bảng", "GBP"], ["euro", "EUR"], ["EUR", "EUR"], ["yên", "JPY"], ["nhân dân tệ", "CNY"], ["won", "KRW"], ["rúp", "RUB"]],
  de: [["US-Dollar", "USD"], ["australische Dollar", "AUD"], ["Dollar", "USD"], ["USD", "USD"], ["Euro", "EUR"],
    ["EUR", "EUR"], ["britische Pfund", "GBP"], ["britischen Pfund", "GBP"], ["Pfund", "GBP"], ["GBP", "GBP"],
    ["Dong", "VND"], ["VND", "VND"], ["Yen", "JPY"], ["Yuan", "CNY"], ["Won", "KRW"], ["Rubel", "RUB"]],
  en: [["US dollars", "USD"], ["dollars", "USD"], ["dollar", "USD"], ["USD", "USD"], ["euros", "EUR"],
    ["euro", "EUR"], ["EUR", "EUR"], ["GBP", "GBP"], ["sterling", "GBP"], ["dong", "VND"], ["VND", "VND"],
    ["yen", "JPY"], ["yuan", "CNY"], ["won", "KRW"], ["roubles", "RUB"], ["rubles", "RUB"]],
};
export const CURRENCY_PREFIX: Array<[string, string]> = [
  ["US$", "USD"], ["$", "USD"], ["£", "GBP"], ["€", "EUR"], ["¥", "JPY"], ["₫", "VND"],
  ["USD", "USD"], ["EUR", "EUR"], ["GBP", "GBP"], ["VND", "VND"],
];

export type UnitInfo = { dim: string; factor: number; name: string };
// Units a translation may convert (mph ↔ km/h): factor to a base unit of the dimension.
const U = (dim: string, factor: number, ...names: string[]): Array<[string, UnitInfo]> =>
  names.map((n) => [n, { dim, factor, name: names[0] ?? n }]);
export const UNITS: Array<[string, UnitInfo]> = [
  ...U("speed", 1.609344, "mph", "dặm/giờ", "dặm trên giờ", "dặm một giờ", "miles per hour", "Meilen pro Stunde"),
  ...U("speed", 1, "km/h", "km/giờ", "kilômét/giờ", "km một giờ", "kilometres per hour", "kilometers per hour",
    "Kilometern pro Stunde", "Kilometer pro Stunde", "Stundenkilometer", "Stundenkilometern"),
  ...U("length", 1000, "km", "ki-lô-mét", "kilômét", "cây số", "kilometres", "kilometers", "kilometre", "kilometer",
    "Kilometern", "Kilometer"),
  ...U("length", 1609.344, "mile", "dặm", "miles", "mile", "Meilen", "Meile"),
  ...U("length", 0.3048, "foot", "feet", "foot", "ft", "Fuß"),
  ...U("length", 0.9144, "yard", "yards", "yard", "thước Anh", "Yards"),
  ...U("length", 0.0254, "inch", "inches", "inch", "Zoll"),
  ...U("length", 0.01, "cm", "cm", "xen-ti-mét", "centimét", "centimetres", "centimeters", "Zentimetern", "Zentimeter"),
  ...U("length", 0.001, "mm", "mm", "milimét", "millimetres", "millimeters", "Millimeter"),
  ...U("length", 1, "m", "m", "mét", "metres", "meters", "metre", "meter", "Metern", "Meter"),
  ...U("mass", 1000, "t", "tấn", "tonnes", "tons", "tonne", "ton", "Tonnen", "Tonne"),
  ...U("mass", 1, "kg", "kg", "ki-lô-gam", "kilôgam", "cân", "kilograms", "kilogrammes", "kilos", "Kilogramm", "Kilo"),
  ...U("mass", 0.45359237, "lb", "pounds", "pound", "lbs", "lb", "pao"),
  ...U("area", 10000, "ha", "ha", "héc-ta", "hecta", "hectares", "hectare", "Hektar"),
  ...U("area", 4046.86, "acre", "acres", "acre", "mẫu Anh", "Acres", "Acre"),
  ...U("area", 1e6, "km²", "km²", "km2", "square kilometres", "square kilometers", "Quadratkilometer", "Quadratkilometern"),
  ...U("volume", 1, "m³", "mét khối", "m³", "m3", "cubic metres", "cubic meters", "Kubikmeter", "Kubikmetern"),
  ...U("volume", 0.001, "l", "lít", "litres", "liters", "Litern", "Liter"),
  ...U("volume", 0.00378541, "gal", "gallons", "gallon", "Gallonen"),
  ...U("temp-f", 1, "°F", "°F", "độ F", "degrees Fahrenheit", "Grad Fahrenheit"),
  ...U("temp-c", 1, "°C", "°C", "độ C", "degrees Celsius", "Grad Celsius"),
  ...U("temp", 1, "°", "độ", "degrees", "Grad", "°"),
];

export const MONTHS: Record<TextLang, Array<[string, number]>> = {
  vi: [["Giêng", 1], ["Một", 1], ["Hai", 2], ["Ba", 3], ["Tư", 4], ["Bốn", 4], ["Năm", 5], ["Sáu", 6], ["Bảy", 7],
    ["Tám", 8], ["Chín", 9], ["Mười Một", 11], ["Mười Hai", 12], ["Mười", 10], ["Chạp", 12]],
  de: [["Januar", 1], ["Jänner", 1], ["Februar", 2], ["März", 3], ["April", 4], ["Mai", 5], ["Juni", 6], ["Juli", 7],
    ["August", 8], ["September", 9], ["Oktober", 10], ["November", 11], ["Dezember", 12], ["Jan.", 1], ["Feb.", 2],
    ["Apr.", 4], ["Aug.", 8], ["Sept.", 9], ["Sep.", 9], ["Okt.", 10], ["Nov.", 11], ["Dez.", 12]],
  en: [["January", 1], ["February", 2], ["March", 3], ["April", 4], ["May", 5], ["June", 6], ["July", 7],
    ["August", 8], ["September", 9], ["October", 10], ["November", 11], ["December", 12], ["Jan.", 1], ["Feb.", 2],
    ["Mar.", 3], ["Apr.", 4], ["Jun.", 6], ["Jul.", 7], ["Aug.", 8], ["Sept.", 9], ["Sep.", 9], ["Oct.", 10],
    ["Nov.", 11], ["Dec.", 12]],
};

export const WEEKDAYS: Record<TextLang, Array<[string, number]>> = {
  vi: [["Thứ Hai", 1], ["Thứ Ba", 2], ["Thứ Tư", 3], ["Thứ Năm", 4], ["Thứ Sáu", 5], ["Thứ Bảy", 6],
    ["thứ Hai", 1], ["thứ Ba", 2], ["thứ Tư", 3], ["thứ Năm", 4], ["thứ Sáu", 5], ["thứ Bảy", 6],
    ["Chủ nhật", 7], ["Chủ Nhật", 7], ["chủ nhật", 7]],
  de: [["Montag", 1], ["Dienstag", 2], ["Mittwoch", 3], ["Donnerstag", 4], ["Freitag", 5], ["Samstag", 6],
    ["Sonnabend", 6], ["Sonntag", 7], ["montag", 1], ["dienstag", 2], ["mittwoch", 3], ["donnerstag", 4],
    ["freitag", 5], ["samstag", 6], ["sonntag", 7]],
  en: [["Monday", 1], ["Tuesday", 2], ["Wednesday", 3], ["Thursday", 4], ["Friday", 5], ["Saturday", 6], ["Sunday", 7]],
};

/** Alternation of literal phrases, longest first, for building regexes. */
export function alternation(items: string[]): string {
  return [...items].sort((a, b) => b.length - a.length).map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|");
}
