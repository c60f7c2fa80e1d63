// The TMX file of the e2e journey "Admin → Memory: a 6 MB TMX imports" (e2e/uploads.spec.ts), built the
// same way: 12,000 units with Vietnamese, German and English text, sources unlike any news sentence.
export function buildBenchTmx(count = 12_000): string {
  const tuv = (lang: string, text: string) => `<tuv xml:lang="${lang}"><seg>${text}</seg></tuv>`;
  const units = Array.from(
    { length: count },
    (_, i) =>
      `<tu>${[
        tuv("vi", `Đơn vị kiểm thử tải lên ${i} ${"ơ".repeat((i % 50) + 30)} mã ${i * 7919}`),
        tuv(
          "de",
          `Prüfeinheit ${i} für das Hochladen mit ausreichend langem deutschen Text ${"ö".repeat((i % 50) + 20)}`,
        ),
        tuv("en", `Upload test unit ${i} with an English text that is long enough ${"e".repeat(i % 50)}`),
      ].join("")}</tu>`,
  );
  const header =
    '<header srclang="vi" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="e2e" creationtool="e2e" creationtoolversion="1"/>';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">${header}<body>\n${units.join("\n")}\n</body></tmx>\n`;
}
