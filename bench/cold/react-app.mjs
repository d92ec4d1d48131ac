// The member towns as a city would build them with React 19: the same feed, the same markup.
import { createElement as h, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { loadTowns, townsView } from './towns.mjs';

function CityList({ src, lang }) {
  const [towns, setTowns] = useState(null);
  useEffect(() => {
    loadTowns(src, lang).then(setTowns);
  }, [src, lang]);
  return townsView(h, towns);
}

const app = document.getElementById('app');
createRoot(app).render(h(CityList, { src: app.dataset.src, lang: document.documentElement.lang }));
