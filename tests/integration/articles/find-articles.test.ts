import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importArticle } from "@/lib/articles/server/import-article";
import { findArticles } from "@/lib/articles/server/find-articles";
import { fillSearchTexts } from "@/lib/articles/server/fill-search-text";
import { createActor } from "../../factories";

const unique = () => Math.random().toString(36).slice(2, 8);

async function importText(title: string, body: string) {
  const translator = await createActor("translator");
  const content = `${title}\n\n${body}`;
  return (await importArticle({ format: "text", content }, translator)).articleId;
}

const ids = async (query: string) => (await findArticles({ query })).items.map((a) => a.id);

describe("findArticles search", () => {
  it("finds a title without its tone marks, in any case, đ folded too", async () => {
    const tag = unique();
    const id = await importText(`Lũ lớn ở Cà Mau và Đồng Tháp ${tag}`, "Mưa kéo dài nhiều ngày.");
    expect(await ids(`ca mau ${tag}`)).toEqual([]); // the words must be adjacent, as typed
    expect(await ids(`dong thap ${tag}`)).toEqual([id]);
    expect(await ids(`CÀ MAU VÀ ĐỒNG THÁP ${tag}`)).toEqual([id]);
    expect(await ids(`ca mau va dong thap ${tag}`)).toEqual([id]);
  });

  it("searches the article's text, not only its title", async () => {
    const tag = unique();
    const id = await importText(`Tin kinh tế ${tag}`, `Tỉnh Bạc Liêu đạt mức tăng trưởng 7,5% ${tag}.`);
    expect(await ids(`bac lieu dat muc tang truong 7,5% ${tag}`)).toEqual([id]);
  });

  it("takes % and _ in a query literally", async () => {
    const tag = unique();
    await importText(`Giá điện tăng ${tag}`, `Giá tăng 15 phần trăm ${tag}.`);
    expect(await ids(`%${tag}`)).toEqual([]);
    expect(await ids(`gia_dien`)).toEqual([]);
  });

  it("finds older articles once their search text is filled (at start), on title and text", async () => {
    const tag = unique();
    const id = await importText(`Sạt lở ở Quảng Nam ${tag}`, `Đường lên Trà My bị chia cắt ${tag}.`);
    await db.article.update({ where: { id }, data: { searchText: null } }); // as after the upgrade
    expect(await ids(`tra my bi chia cat ${tag}`)).toEqual([]);
    while ((await fillSearchTexts()) > 0);
    expect(await ids(`tra my bi chia cat ${tag}`)).toEqual([id]);
    expect(await ids(`quang nam ${tag}`)).toEqual([id]);
  });
});
