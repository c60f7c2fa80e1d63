// Title, standfirst, hero captions and byline as the third real-page set showed them, on small pages
// built for each case (the real pages are measured by `npm run bench:import`). Both directions each.
import { describe, expect, it } from "vitest";
import { extractArticle } from "@/lib/articles/html/extract";

const para = (n: number) =>
  `<p>Paragraph ${n} of the article tells what happened, who said what and why it matters to the readers of this newspaper today.</p>`;
const body = [1, 2, 3, 4, 5].map(para).join("");
const page = (head: string, top: string, article = body, bodyClass = "") =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body class="${bodyClass}">
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <main><article>${top}${article}</article></main><footer>© 2022 Example Media. All rights reserved.</footer></body></html>`;
const og = (title: string) => `<meta property="og:title" content="${title}">`;

describe("extractArticle: standfirst", () => {
  it("takes a sentence in a heading under the headline as the lead, past byline and share counter", () => {
    const html = page(
      og("Louvre gets help to buy a Chardin"),
      `<h1>Louvre gets help to buy a Chardin</h1><p>By Alexandra Example • 11/08/23</p><div class="share">0</div>
       <h2>This will mark the seventh national treasure that the group has helped purchase.</h2>`,
    );
    const article = extractArticle(html);
    expect(article.lead).toBe("This will mark the seventh national treasure that the group has helped purchase.");
    expect(article.parts.map((p) => p.text)).not.toContain(article.lead);
  });

  it("leaves a short subheading under the headline alone and does not take the headline's repeat", () => {
    const short = extractArticle(page(og("Storm hits the coast"), `<h1>Storm hits the coast</h1><h2>Live</h2>`));
    expect(short.lead).toBeNull();
    const repeat = extractArticle(
      page(
        og("Linde: Gasekonzern muss Teile verkaufen"),
        `<h1>Linde: Gasekonzern muss Teile verkaufen</h1><h2>Linde Gasekonzern muss Teile verkaufen</h2>`,
      ),
    );
    expect(repeat.lead).toBeNull();
  });

  it("takes the paragraph right after the headline only when nothing else marks a lead, never a dateline", () => {
    const next = extractArticle(
      page(
        og("Measures against the hackers"),
        `<h1>Measures against the hackers</h1><p>Despite threats on Tuesday, the government paid pensions to 60,000 retirees.</p>`,
      ),
    );
    expect(next.lead).toBe("Despite threats on Tuesday, the government paid pensions to 60,000 retirees.");
    const dateline = extractArticle(
      page(
        og("Spy bill approved"),
        `<h1>Spy bill approved</h1><p>Le Monde | 04.05.2015 à 13h36 • Mis à jour le 05.05.2015 | Par Martin Exemple</p>`,
      ),
    );
    expect(dateline.lead).toBeNull();
  });
});

describe("extractArticle: captions, headline, byline", () => {
  it("keeps the hero caption and its credit above the headline, not a linked teaser caption", () => {
    const html = page(
      og("Orange hydrogen from the crust"),
      `<figure><img src="a.jpg" alt=""><figcaption>Orange hydrogen for steel?</figcaption></figure>
       <span class="image-credit">Symbolbild / Salzgitter AG</span><h1>Orange hydrogen from the crust</h1>`,
      `${para(1)}<figure><figcaption><a href="/other">Another story about the president … Leer más</a></figcaption></figure>${para(2)}${para(3)}${para(4)}`,
    );
    const captions = extractArticle(html)
      .parts.filter((p) => p.kind === "caption")
      .map((p) => p.text);
    expect(captions).toEqual(["Orange hydrogen for steel?", "Symbolbild / Salzgitter AG"]);
  });

  it("takes the headline from an <h2> when the lone <h1> is a section name", () => {
    const html = page(
      og("Soldiers sent 88 questions to the court"),
      `<h2>Soldiers sent 88 questions to the court</h2>`,
    );
    const withSection = html.replace("<main>", "<header><h1>Brasília</h1></header><main>");
    expect(extractArticle(withSection).title).toBe("Soldiers sent 88 questions to the court");
    const lone = page(og("Soldiers sent 88 questions to the court"), `<h2>Other news of the day</h2>`);
    expect(extractArticle(lone.replace("<main>", "<h1>Brasília</h1><main>")).title).toBe("Brasília");
  });

  it("reads no author from an ad label in an author box; reads the name from 'By … On date'", () => {
    const ad = page(
      og("Court hears the case"),
      `<h1>Court hears the case</h1><div class="author">CONTINUA DEPOIS DA PUBLICIDADE</div>`,
    );
    expect(extractArticle(ad).byline).toBeNull();
    const dated = page(
      og("Court hears the case"),
      `<h1>Court hears the case</h1><p>By Martin Example On 12. Dezember 2022</p>`,
    );
    expect(extractArticle(dated).byline).toBe("Martin Example");
  });

  it("does not treat the article as furniture because of <body> or WordPress classes", () => {
    const html = page(og("Tax plan passes"), `<h1>Tax plan passes</h1>`, body, "single active-sticky-sidebar");
    const wrapped = html.replace("<article>", '<article class="post type-post tag-social-media">');
    // Paragraph 1 follows the headline directly and becomes the lead; the other four are the body.
    expect(extractArticle(wrapped).parts.filter((p) => p.kind === "body")).toHaveLength(4);
  });
});
