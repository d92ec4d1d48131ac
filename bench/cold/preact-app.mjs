// The member towns as a city would build them with Preact: the same feed, the same markup.
import { h, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadTowns } from './towns.mjs';

function CityList({ src, lang }) {
  const [towns, setTowns] = useState(null);
  useEffect(() => {
    loadTowns(src, lang).then(setTowns);
  }, [src, lang]);
  if (!towns) return h('div', { class: 'root loading', 'aria-busy': 'true' });
  return h(
    'div',
    { class: 'root' },
    h(
      'ul',
      { class: 'towns' },
      towns.map((town) => h('li', { key: town.id }, h('a', { class: 'name', href: town.url }, town.name))),
    ),
  );
}

const app = document.getElementById('app');
render(h(CityList, { src: app.dataset.src, lang: document.documentElement.lang }), app);
