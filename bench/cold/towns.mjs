// What a city's developer would write, whatever renders it: name each town in the page's
// language, sort by its collation, show a list of links. The static page reads the feed with it
// at the server; the Preact and React pages fetch the feed and render the same list.

/** The feed's towns named in `lang` (else Finnish), sorted as that language sorts. */
export function sortedTowns(feed, lang) {
  const collator = new Intl.Collator(lang);
  return feed.cities
    .map((city) => ({
      id: city.id,
      name: typeof city.name === 'string' ? city.name : city.name[lang] ?? city.name.fi ?? Object.values(city.name)[0],
      url: city.url,
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

export async function loadTowns(src, lang) {
  return sortedTowns(await (await fetch(src)).json(), lang);
}

/**
 * The list, or its placeholder while `towns` is null, through the framework's `h`
 * (`createElement`); both frameworks take `className`.
 */
export function townsView(h, towns) {
  if (!towns) return h('div', { className: 'root loading', 'aria-busy': 'true' });
  return h(
    'div',
    { className: 'root' },
    h(
      'ul',
      { className: 'towns' },
      towns.map((town) => h('li', { key: town.id }, h('a', { className: 'name', href: town.url }, town.name))),
    ),
  );
}
