import { expect } from '@open-wc/testing';
import { localizedText } from '../src/core/localized-text.js';
import { safeUrl } from '../src/core/safe-url.js';
import { jsonPath } from '../src/core/json-path.js';
import { foldForSearch } from '../src/core/city-names.js';
import { defineElement } from '../src/core/define.js';
import { VERSION } from '../src/core/version.js';
import { captureWarnings } from './helpers.js';

describe('core', () => {
  describe('localizedText', () => {
    const text = { fi: 'Ylivieska', sv: 'Ylivieska (sv)', en: 'Ylivieska (en)', 'sv-fi': 'Finlandssvenska' };
    it('follows the lookup order: exact tag, primary language, fi, sv, en, any', () => {
      expect(localizedText(text, 'sv-fi')).to.equal('Finlandssvenska');
      expect(localizedText(text, 'sv-se')).to.equal('Ylivieska (sv)');
      expect(localizedText(text, 'de')).to.equal('Ylivieska');
      expect(localizedText({ sv: 'A', en: 'B' }, 'de')).to.equal('A');
      expect(localizedText({ en: 'B' }, 'fi')).to.equal('B');
      expect(localizedText({ se: 'Sámegiella' }, 'fi')).to.equal('Sámegiella');
      expect(localizedText('Plain', 'sv')).to.equal('Plain');
      expect(localizedText(undefined, 'fi')).to.equal(undefined);
    });
    it('puts preferred languages before the fi, sv, en fallback and skips blank entries', () => {
      expect(localizedText({ fi: 'Pietarsaari', sv: 'Jakobstad' }, 'en', ['sv', 'fi'])).to.equal('Jakobstad');
      expect(localizedText({ fi: '  ', sv: 'Jakobstad' }, 'fi')).to.equal('Jakobstad');
    });
  });

  describe('safeUrl', () => {
    it('keeps http(s) and resolves relative URLs against the feed, not the page', () => {
      expect(safeUrl('https://www.salo.fi', undefined)).to.equal('https://www.salo.fi/');
      expect(safeUrl('kaupungit/salo', 'https://feeds.example.org/seutu/feed.json')).to.equal(
        'https://feeds.example.org/seutu/kaupungit/salo',
      );
      expect(safeUrl('//cdn.example.org/a.png', 'https://x.example/feed.json')).to.equal('https://cdn.example.org/a.png');
    });
    it('drops javascript:, data:, vbscript: and tricks with case, whitespace and control characters', () => {
      for (const bad of [
        'javascript:alert(1)',
        ' JavaScript:alert(1)',
        'java\tscript:alert(1)',
        'java\nscript:alert(1)',
        '\u0001javascript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:msgbox(1)',
        'file:///etc/passwd',
        'mailto:a@example.org',
        '',
        '   ',
      ]) {
        expect(safeUrl(bad, 'https://example.org/feed.json'), bad).to.equal(undefined);
      }
      expect(safeUrl(42, 'https://example.org/')).to.equal(undefined);
    });
    it('gives links that skip the URL parser exactly what the parser gives', () => {
      for (const raw of [
        'https://www.salo.fi',
        'http://kaupunki.fi/',
        'https://www.ii.fi/en/visit_us//x-y',
        'https://WWW.SALO.FI',
        'https://xn--hmeenlinna-v2a.fi',
        'https://192.168.0.1',
        'https://www.salo.fi/./a/../b',
        'https://www.salo.fi/ä?q=1#x',
        'https://www.salo.fi:443/',
      ]) {
        expect(safeUrl(raw, 'https://example.org/feed.json'), raw).to.equal(new URL(raw).href);
      }
    });
    it('allows mailto: only where asked', () => {
      expect(safeUrl('mailto:toimitus@example.org', undefined, { allowMailto: true })).to.equal(
        'mailto:toimitus@example.org',
      );
    });
  });

  it('writes JSON paths', () => {
    expect(jsonPath([])).to.equal('$');
    expect(jsonPath(['cities', 3, 'name', 'fi'])).to.equal('$.cities[3].name.fi');
    expect(jsonPath(['name', 'sv-FI'])).to.equal('$.name["sv-FI"]');
  });

  it('folds case, accents and dashes for search', () => {
    expect(foldForSearch(' Äänekoski ')).to.equal('aanekoski');
    expect(foldForSearch('Mänttä–Vilppula')).to.equal('mantta-vilppula');
  });

  describe('defineElement', () => {
    it('never throws on a second definition and warns once naming both versions', async () => {
      class First extends HTMLElement {
        static version = '9.9.9';
      }
      class Second extends HTMLElement {
        static version = VERSION;
      }
      class Same extends HTMLElement {
        static version = '9.9.9';
      }
      const tag = `seutu-define-test-${Math.random().toString(36).slice(2)}`;
      const { warnings } = await captureWarnings(async () => {
        expect(defineElement(tag, First), 'nothing to wait for').to.equal(undefined);
        await defineElement(tag, Second);
        await defineElement(tag, Second);
        await defineElement(tag, Same);
      });
      expect(customElements.get(tag)).to.equal(First);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('9.9.9').and.include(VERSION);
    });
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });
});
