// Runs inside Chromium on bench/page.html, after the built bundle: the timed runs, the
// hand-written vanilla-DOM baselines they are compared with, and the mount/unmount heap check.
// `run.mjs` calls the functions on `window.bench` and does the statistics.

const stage = document.getElementById('stage');

// The built bundle, as a city site loads it (`?bundle=` swaps in another build for profiling).
await import(new URLSearchParams(location.search).get('bundle') ?? '/dist/seutu-widgets.js');

// ---------------------------------------------------------------------------------------------
// Fetch stubbed in memory: `/mem/<run>/<name>` answers at once with a feed held in a string, so
// the timings measure the page's work, not the network. Each run asks for a new URL, so every
// element run is a first render: the library's per-URL cache cannot help it. The answer has the
// headers a static host gives a file, its length included.

const memory = new Map();
const realFetch = window.fetch.bind(window);
window.fetch = (input, init) => {
  const url = new URL(typeof input === 'string' ? input : input.url ?? String(input), location.href);
  const match = /^\/mem\/[^/]+\/(.+)$/.exec(url.pathname);
  if (match && memory.has(match[1])) {
    const { text, length } = memory.get(match[1]);
    return Promise.resolve(
      new Response(text, { status: 200, headers: { 'Content-Type': 'application/json', 'Content-Length': length } }),
    );
  }
  return realFetch(input, init);
};

async function remember(name, url) {
  const response = await realFetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const text = await response.text();
  memory.set(name, { text, length: String(new TextEncoder().encode(text).byteLength) });
}

// ---------------------------------------------------------------------------------------------
// Timing helpers.

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Lets the previous run's removal render and collects garbage, so no run pays for another. */
async function quiet() {
  await nextFrame();
  window.gc?.();
  void document.body.offsetHeight;
}

/** Resolves with the event once the element reports its outcome; rejects on an error. */
function outcome(el) {
  return new Promise((resolve, reject) => {
    el.addEventListener('seutu-load', resolve, { once: true });
    el.addEventListener('seutu-error', (e) => reject(new Error(`${el.localName}: ${e.detail.reason}`)), { once: true });
  });
}

/**
 * One timed run: `start` begins at t0 and resolves once its DOM is complete (t1); reading
 * `offsetHeight` then gives style and layout too (t2). `check` verifies the result.
 */
async function timed(start, check) {
  await quiet();
  const t0 = performance.now();
  const node = await start();
  const t1 = performance.now();
  void stage.offsetHeight;
  const t2 = performance.now();
  check(node);
  node.remove();
  return { dom: t1 - t0, layout: t2 - t0 };
}

/** Runs element and baseline alternately (order swapped every round); warm-up rounds not kept. */
async function compare({ element, baseline, runs, warmup }) {
  const results = { element: [], baseline: [] };
  for (let round = 0; round < warmup + runs; round++) {
    const order = round % 2 ? ['element', 'baseline'] : ['baseline', 'element'];
    for (const which of order) {
      const run = await (which === 'element' ? element(round) : baseline(round));
      if (round >= warmup) results[which].push(run);
    }
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// 1. <seutu-city-list>: the 56 member towns.

const collators = new Map();
const collator = (locale) => {
  let c = collators.get(locale);
  if (!c) collators.set(locale, (c = new Intl.Collator(locale)));
  return c;
};

/** What a city's developer would write by hand: fetch, sort by the locale, one link per town. */
async function vanillaCityList(host, src, lang) {
  const feed = await (await fetch(src)).json();
  const towns = feed.cities
    .map((city) => ({
      name: typeof city.name === 'string' ? city.name : city.name[lang] ?? city.name.fi ?? Object.values(city.name)[0],
      url: city.url,
    }))
    .sort((a, b) => collator(lang).compare(a.name, b.name));
  const root = host.attachShadow({ mode: 'open' });
  const div = document.createElement('div');
  div.className = 'root';
  div.dataset.layout = 'list';
  const ul = document.createElement('ul');
  ul.className = 'towns';
  ul.setAttribute('part', 'list');
  for (const town of towns) {
    const li = document.createElement('li');
    li.setAttribute('part', 'item');
    const a = document.createElement('a');
    a.className = 'name';
    a.setAttribute('part', 'link');
    a.href = town.url;
    a.textContent = town.name;
    li.append(a);
    ul.append(li);
  }
  div.append(ul);
  root.append(div);
}

const linkCount = (count) => (node) => {
  const found = node.shadowRoot.querySelectorAll('a').length;
  if (found !== count) throw new Error(`${node.localName}: ${found} links, expected ${count}`);
};

/** One timed render of the element, or of the baseline; `round` makes each feed URL new. */
const cityListRun = {
  element: (round) =>
    timed(async () => {
      const el = document.createElement('seutu-city-list');
      el.setAttribute('src', `/mem/city-${round}/cities.json`);
      const done = outcome(el);
      stage.append(el);
      await done;
      return el;
    }, linkCount(56)),
  baseline: (round) =>
    timed(async () => {
      const host = document.createElement('div');
      stage.append(host);
      await vanillaCityList(host, `/mem/vanilla-city-${round}/cities.json`, 'fi');
      return host;
    }, linkCount(56)),
};

async function cityList({ runs, warmup }) {
  await remember('cities.json', '/dist/data/seutu-feed.json');
  return compare({ runs, warmup, ...cityListRun });
}

/**
 * 1b: one render, of the element or of the baseline, in a page that has run neither: what a
 * visitor's page pays, the code not yet compiled or optimised. The page has text laid out, as a
 * real one has, and the language's collation data loaded: a page's first collator takes 20–60 ms,
 * which both would pay alike.
 */
async function cityListFresh(which) {
  await remember('cities.json', '/dist/data/seutu-feed.json');
  new Intl.Collator('fi').compare('a', 'b');
  stage.before(Object.assign(document.createElement('p'), { textContent: 'Jäsenkaupungit' }));
  return cityListRun[which]('fresh');
}

// ---------------------------------------------------------------------------------------------
// 2. <seutu-blog-teaser limit="10">: the 10 newest of 1,000 posts.

const dateFormat = new Intl.DateTimeFormat('fi', { dateStyle: 'long' });
const listFormat = new Intl.ListFormat('fi', { type: 'conjunction', style: 'long' });

function shorten(text, max = 160) {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.lastIndexOf(' ', max - 1);
  return `${clean.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:.]+$/, '')}…`;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * The same posts by hand: parse, sort by date, take 10, build the same list. It trusts the feed
 * (no checks of types, dates or URL schemes): the floor that validation is measured against.
 */
async function vanillaBlog(host, src, limit) {
  const feed = await (await fetch(src)).json();
  const posts = feed.items
    .map((item) => ({ item, time: Date.parse(item.date_published ?? item.date_modified) }))
    .sort((a, b) => (b.time || 0) - (a.time || 0))
    .slice(0, limit);
  const root = host.attachShadow({ mode: 'open' });
  const ul = el('ul', { part: 'list', class: 'items' });
  for (const { item, time } of posts) {
    const text =
      item.summary ?? new DOMParser().parseFromString(item.content_html ?? '', 'text/html').body.textContent ?? '';
    const authors = item.authors ?? [];
    const names = listFormat.formatToParts(authors.map((a) => a.name));
    let next = 0;
    const authorNodes = names.map((part) => {
      if (part.type !== 'element') return part.value;
      const author = authors[next++];
      return author.url ? el('a', { part: 'author-link', href: author.url, rel: 'noopener' }, author.name) : author.name;
    });
    ul.append(
      el(
        'li',
        { part: 'item', class: 'item' },
        el(
          'div',
          { class: 'body' },
          el('h3', { part: 'title', class: 'title' }, item.title),
          el(
            'p',
            { part: 'meta', class: 'meta' },
            el('time', { part: 'date', datetime: new Date(time).toISOString() }, dateFormat.format(time)),
            el('span', { class: 'separator', 'aria-hidden': 'true' }, ' · '),
            el('span', { part: 'authors', class: 'authors' }, ...authorNodes),
          ),
          el('p', { part: 'excerpt', class: 'excerpt' }, shorten(text)),
          el(
            'p',
            { class: 'more' },
            el(
              'a',
              { part: 'link', href: item.url, rel: 'noopener' },
              'Lue lisää',
              el('span', { class: 'visually-hidden' }, ': ', el('span', {}, item.title)),
            ),
          ),
        ),
      ),
    );
  }
  root.append(el('div', { class: 'root', 'data-layout': 'list', 'data-rows': String(limit) }, ul));
}

const itemCount = (count) => (node) => {
  const found = node.shadowRoot.querySelectorAll('li').length;
  if (found !== count) throw new Error(`${node.localName}: ${found} posts, expected ${count}`);
};

/** The newest `limit` titles as both sides show them, to prove they picked the same posts. */
const titles = (node) => [...node.shadowRoot.querySelectorAll('.title')].map((h) => h.textContent.trim());

async function blog({ runs, warmup }) {
  await remember('blog.json', '/bench/blog-1000.json');
  const limit = 10;
  let first;
  const same = (node) => {
    itemCount(limit)(node);
    const shown = titles(node).join('\n');
    first ??= shown;
    if (shown !== first) throw new Error('the element and the baseline show different posts');
  };
  return compare({
    runs,
    warmup,
    element: (round) =>
      timed(async () => {
        const el = document.createElement('seutu-blog-teaser');
        el.setAttribute('limit', String(limit));
        el.setAttribute('src', `/mem/blog-${round}/blog.json`);
        const done = outcome(el);
        stage.append(el);
        await done;
        return el;
      }, same),
    baseline: (round) =>
      timed(async () => {
        const host = document.createElement('div');
        stage.append(host);
        await vanillaBlog(host, `/mem/vanilla-blog-${round}/blog.json`, limit);
        return host;
      }, same),
  });
}

// ---------------------------------------------------------------------------------------------
// 5. Heap after many mount/unmount cycles of every element.

async function heapUsed() {
  for (let i = 0; i < 3; i++) {
    window.gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return performance.memory.usedJSHeapSize;
}

async function mountAll(project) {
  const specs = [
    ['seutu-city-list', { src: '/dist/data/seutu-feed.json', searchable: '' }],
    ['seutu-city-map', { src: '/dist/data/seutu-feed.json' }],
    ['seutu-project-list', { src: '/dist/data/seutu-feed.json' }],
    ['seutu-project-card', { src: '/dist/data/seutu-feed.json', project }],
    ['seutu-blog-teaser', { src: '/dist/data/blog-example.json', limit: '5' }],
  ].filter(([tag]) => customElements.get(tag));
  const nodes = specs.map(([tag, attrs]) => {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
    return node;
  });
  const done = nodes.map((node) => new Promise((resolve) => {
    node.addEventListener('seutu-load', resolve, { once: true });
    node.addEventListener('seutu-error', resolve, { once: true });
  }));
  stage.append(...nodes);
  await Promise.all(done);
  for (const node of nodes) node.remove();
  return nodes.length;
}

async function heap({ cycles, warmup }) {
  const feed = await (await realFetch('/dist/data/seutu-feed.json')).json();
  const project = feed.projects?.[0]?.id ?? 'none';
  let elements = 0;
  for (let i = 0; i < warmup; i++) elements = await mountAll(project);
  await nextFrame();
  const before = await heapUsed();
  for (let i = 0; i < cycles; i++) await mountAll(project);
  await nextFrame();
  const after = await heapUsed();
  return { before, after, growth: after - before, cycles, elementsPerCycle: elements };
}

/** Only the element's side of a timing, `count` times: for profiling. */
async function elementOnly(kind, count) {
  await remember('cities.json', '/dist/data/seutu-feed.json');
  await remember('blog.json', '/bench/blog-1000.json');
  const tag = kind === 'blog' ? 'seutu-blog-teaser' : 'seutu-city-list';
  const file = kind === 'blog' ? 'blog.json' : 'cities.json';
  for (let i = 0; i < count; i++) {
    const node = document.createElement(tag);
    if (kind === 'blog') node.setAttribute('limit', '10');
    node.setAttribute('src', `/mem/only-${kind}-${i}-${Math.random()}/${file}`);
    const done = outcome(node);
    stage.append(node);
    await done;
    node.remove();
  }
}

window.bench = { cityList, cityListFresh, blog, heap, elementOnly };
window.benchReady = true;
