// The member towns as a city would build them with React 19: the same feed, the same markup.
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { loadTowns } from './towns.mjs';

function CityList({ src, lang }) {
  const [towns, setTowns] = useState(null);
  useEffect(() => {
    loadTowns(src, lang).then(setTowns);
  }, [src, lang]);
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

const app = document.getElementById('app');
createRoot(app).render(h(CityList, { src: app.dataset.src, lang: document.documentElement.lang }));
