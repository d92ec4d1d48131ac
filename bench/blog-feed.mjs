// A large, realistic JSON Feed 1.1 for the blog-teaser benchmark, the same on every run: a seeded
// generator, so results stay comparable between machines and commits.
//
// Like feeds exported from a CMS: posts not in date order, HTML content of a few paragraphs, a
// summary on most posts (the rest need their HTML read as text), authors with links, tags,
// offsets in the dates. No images: they would start network requests in the middle of a timing.

const WORDS = (
  'seutukaupunki kaupunki elinvoima yhteistyö hanke koulutus työvoima yritys verkosto kunta ' +
  'liikenne asuminen palvelu kehittäminen osaaminen nuoret perhe kulttuuri luonto matkailu ' +
  'innovaatio tulevaisuus arki sujuva elämä keskusta kylä satama rautatie tie energia ' +
  'regionstad samarbete utbildning företag nätverk kommun boende tjänst framtid vardag'
).split(' ');

/** mulberry32: a small seeded PRNG. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function blogFeed(count = 1000, seed = 2024) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const sentence = (n) => {
    const s = words(n);
    return `${s[0].toUpperCase()}${s.slice(1)}.`;
  };
  const authors = ['Anna Virtanen', 'Erik Lindqvist', 'Mikko Korhonen', 'Sara Nyström', 'Jussi Mäkinen'];
  const start = Date.UTC(2021, 0, 1);
  const span = Date.UTC(2025, 0, 1) - start;
  const items = [];
  for (let i = 0; i < count; i++) {
    const time = new Date(start + Math.floor(rnd() * span));
    const offset = rnd() < 0.5 ? '+02:00' : '+03:00';
    const iso = `${time.toISOString().slice(0, 19)}${offset}`;
    const paragraphs = Array.from(
      { length: 3 },
      (_, p) =>
        `<p>${sentence(12)} <a href="/tags/${pick(WORDS)}/">${words(2)}</a> ${sentence(14)}` +
        `${p === 0 ? ` <strong>${words(3)}</strong> &amp; ${words(4)}.` : ''}</p>`,
    ).join('\n');
    const name = pick(authors);
    const item = {
      id: `https://blog.example.org/posts/${i}/`,
      url: `https://blog.example.org/posts/${i}/`,
      title: sentence(6).replace(/\.$/, ''),
      content_html: paragraphs,
      date_published: iso,
      authors: [{ name, url: `https://blog.example.org/authors/${name.toLowerCase().replace(/\W+/g, '-')}/` }],
      tags: [pick(WORDS), pick(WORDS)],
    };
    if (rnd() < 0.75) item.summary = sentence(30);
    if (rnd() < 0.2) item.date_modified = iso;
    items.push(item);
  }
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Benchmark blog',
    home_page_url: 'https://blog.example.org/',
    feed_url: 'https://blog.example.org/feed.json',
    language: 'fi',
    items,
  };
}
