// The member towns as a city would build them with Preact: the same feed, the same markup.
import { h, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { loadTowns, townsView } from './towns.mjs';

function CityList({ src, lang }) {
  const [towns, setTowns] = useState(null);
  useEffect(() => {
    loadTowns(src, lang).then(setTowns);
  }, [src, lang]);
  return townsView(h, towns);
}

const app = document.getElementById('app');
render(h(CityList, { src: app.dataset.src, lang: document.documentElement.lang }), app);
