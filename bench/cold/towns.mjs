// What a city's developer would write, whatever renders it: fetch the network feed, name each
// town in the page's language, sort by its collation. Shared by the Preact and React pages.

export async function loadTowns(src, lang) {
  const feed = await (await fetch(src)).json();
  const collator = new Intl.Collator(lang);
  return feed.cities
    .map((city) => ({
      id: city.id,
      name: typeof city.name === 'string' ? city.name : city.name[lang] ?? city.name.fi ?? Object.values(city.name)[0],
      url: city.url,
    }))
    .sort((a, b) => collator.compare(a.name, b.name));
}
