import { expect } from '@open-wc/testing';

// A file of its own, without the helpers (which define every element): a page whose elements
// are in the document before the library's code defines them, as on a city's site.
describe('elements in the page before they are defined', () => {
  it('request their feeds before they are set up, once each, and none for data given as a property', async () => {
    const calls: { url: string; defined: boolean }[] = [];
    const realFetch = window.fetch;
    window.fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      calls.push({ url, defined: customElements.get('seutu-city-list') !== undefined });
      return realFetch(input, init);
    };
    try {
      const src = new URL('/data/seutu-feed.json?prefetch', location.href).href;
      const shipped = new URL('/data/seutu-feed.json', location.href).href;
      const given = new URL('/data/seutu-feed.json?given-as-data', location.href).href;
      const host = document.createElement('div');
      host.innerHTML = `<seutu-city-list src=" ${src} "></seutu-city-list>
        <seutu-city-list></seutu-city-list>
        <seutu-city-list src="${given}"></seutu-city-list>
        <seutu-city-list src="http://[not a url"></seutu-city-list>`;
      const [fromSrc, fromDefault, withData, broken] = host.children as unknown as HTMLElement[];
      const data = await (await realFetch(shipped)).json();
      Object.assign(withData!, { feed: { ...data, cities: data.cities.slice(0, 3) } });
      document.body.append(host);
      const outcomes = [fromSrc, fromDefault, withData, broken].map(
        (el) => new Promise<string>((resolve) => {
          el!.addEventListener('seutu-load', () => resolve('load'), { once: true });
          el!.addEventListener('seutu-error', (e) => resolve((e as CustomEvent).detail.reason), { once: true });
        }),
      );

      await import('../src/elements/city-list/define.js');
      expect(await Promise.all(outcomes)).to.deep.equal(['load', 'load', 'load', 'network']);
      // Asked for before the class was defined, and not asked for again by the elements.
      expect(calls).to.deep.equal([
        { url: src, defined: false },
        { url: shipped, defined: false },
      ]);
      expect(withData!.shadowRoot!.querySelectorAll('li')).to.have.length(3);
      expect(fromSrc!.shadowRoot!.querySelectorAll('li')).to.have.length(56);

      // A second copy of the library, which finds the tag taken, requests nothing.
      const { defineElement } = await import('../src/core/define.js');
      const tag = 'seutu-prefetch-test';
      defineElement(tag, class extends HTMLElement {});
      host.append(document.createElement(tag));
      host.lastElementChild!.setAttribute('src', `${src}-second-copy`);
      calls.length = 0;
      const warn = console.warn;
      console.warn = () => {};
      try {
        await defineElement(tag, class extends HTMLElement {}, () => shipped);
      } finally {
        console.warn = warn;
      }
      expect(calls).to.deep.equal([]);
      host.remove();
    } finally {
      window.fetch = realFetch;
    }
  });
});
