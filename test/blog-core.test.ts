import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseFeedDate } from '../src/core/feed-dates.js';
import { excerpt, graphemes } from '../src/core/excerpt.js';
import { decodeEntities, htmlToText, TRUSTED_TYPES_POLICY } from '../src/core/html-to-text.js';
import { decodeEntitiesWithoutDom, htmlToTextWithoutDom } from '../src/core/html-to-text-without-dom.js';
import { primaryLanguage } from '../src/core/feed-language.js';
import { languageMatches, postFilter } from '../src/core/blog-filters.js';
import { intlLocale } from '../src/core/date-format.js';
import { formatRelative } from '../src/core/relative-date.js';
import { selectItems } from '../src/core/blog-selection.js';
import { interpretJsonFeed, type BlogItem } from '../src/core/json-feed.js';
import { FeedError } from '../src/core/feed-error.js';
import { captureWarnings } from './helpers.js';

const iso = (raw: string) => {
  const date = parseFeedDate(raw);
  return date && new Date(date.time).toISOString();
};

describe('blog feed core', () => {
  describe('parseFeedDate', () => {
    it('reads RFC 3339 with Z, offsets and fractions of a second', () => {
      expect(iso('2017-05-17T08:02:12-07:00')).to.equal('2017-05-17T15:02:12.000Z');
      expect(iso('2020-02-21T18:08:06+01:00')).to.equal('2020-02-21T17:08:06.000Z');
      expect(iso('2019-10-12T07:20:50.52Z')).to.equal('2019-10-12T07:20:50.520Z');
      expect(iso('2019-10-12T07:20:50.123456789+05:30')).to.equal('2019-10-12T01:50:50.123Z');
      expect(iso('2021-03-05t13:04:04z')).to.equal('2021-03-05T13:04:04.000Z');
      expect(iso('  2021-03-05T13:04:04+02:00 ')).to.equal('2021-03-05T11:04:04.000Z');
    });

    it('accepts the variants real feeds write: space, no seconds, offset without colon, no offset', () => {
      expect(iso('2021-03-05 13:04:04+02:00')).to.equal('2021-03-05T11:04:04.000Z');
      expect(iso('2021-03-05T13:04Z')).to.equal('2021-03-05T13:04:00.000Z');
      expect(iso('2021-03-05T13:04:04+0200')).to.equal('2021-03-05T11:04:04.000Z');
      expect(iso('2021-03-05T13:04:04')).to.equal('2021-03-05T13:04:04.000Z');
    });

    it('follows the Gregorian calendar in every year, including leap days and years below 100', () => {
      expect(iso('2000-02-29T12:00:00Z')).to.equal('2000-02-29T12:00:00.000Z');
      expect(iso('0099-12-31T23:59:60Z')).to.equal('0099-12-31T23:59:59.000Z');
      expect(iso('0004-02-29')).to.equal('0004-02-29T00:00:00.000Z');
      for (const bad of ['1900-02-29', '2023-02-29T00:00:00Z', '2024-06-31', '2024-00-10', '2024-01-00', '0000-01-01']) {
        expect(parseFeedDate(bad), bad).to.equal(undefined);
      }
    });

    it('keeps a bare date as a calendar date', () => {
      expect(parseFeedDate('2024-02-29')).to.deep.equal({
        time: Date.UTC(2024, 1, 29),
        datetime: '2024-02-29',
        dateOnly: true,
      });
    });

    it('gives a valid HTML datetime value', () => {
      expect(parseFeedDate('2017-05-17T08:02:12-07:00')!.datetime).to.equal('2017-05-17T15:02:12.000Z');
      expect(parseFeedDate('2017-05-17T08:02:12-07:00')!.dateOnly).to.equal(false);
    });

    it('reads RFC 2822, with or without weekday, seconds and numeric zone', () => {
      expect(iso('Fri, 31 May 2019 12:17:58 -0700')).to.equal('2019-05-31T19:17:58.000Z');
      expect(iso('Tue, 06 Feb 2018 06:34:12 -0700')).to.equal('2018-02-06T13:34:12.000Z');
      expect(iso('6 Feb 2018 06:34 GMT')).to.equal('2018-02-06T06:34:00.000Z');
      expect(iso('Sat, 07 Sep 2002 00:00:01 EDT')).to.equal('2002-09-07T04:00:01.000Z');
      expect(iso('Sat, 07 Sep 02 00:00:01 +0000')).to.equal('2002-09-07T00:00:01.000Z');
      expect(iso('Thursday, 1 January 1970 00:00:00 +0000 (UTC)')).to.equal('1970-01-01T00:00:00.000Z');
      expect(iso('Mon, 15 Aug 2005 15:52:01 +0000')).to.equal('2005-08-15T15:52:01.000Z');
    });

    it('reads the usual form (Z or ±hh:mm, whole seconds) exactly as the platform does', () => {
      const two = (n: number) => String(n).padStart(2, '0');
      fc.assert(
        fc.property(
          fc.record({
            y: fc.integer({ min: 1000, max: 9999 }),
            mo: fc.integer({ min: 1, max: 12 }),
            d: fc.integer({ min: 1, max: 28 }),
            h: fc.integer({ min: 0, max: 23 }),
            mi: fc.integer({ min: 0, max: 59 }),
            s: fc.integer({ min: 0, max: 59 }),
            zone: fc.oneof(
              fc.constant('Z'),
              fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(
                ([sign, oh, om]) => `${sign}${two(oh)}:${two(om)}`,
              ),
            ),
          }),
          ({ y, mo, d, h, mi, s, zone }) => {
            const raw = `${y}-${two(mo)}-${two(d)}T${two(h)}:${two(mi)}:${two(s)}${zone}`;
            expect(parseFeedDate(raw)?.time, raw).to.equal(Date.parse(raw));
          },
        ),
        { seed: 20261126, numRuns: 2000 },
      );
    });

    it('gives undefined for garbage and impossible dates, never an Invalid Date', () => {
      for (const bad of [
        '',
        'yesterday',
        'not a date',
        '1',
        '2019',
        '2019-13-01T00:00:00Z',
        '2019-02-29T00:00:00Z',
        '2019-04-31',
        '2019-01-01T24:00:00Z',
        '2019-01-01T10:60:00Z',
        '2019-01-01T10:00:00+25:00',
        '31 Foo 2019 12:00:00 +0000',
        '32 May 2019 12:00:00 +0000',
        'Fri, 31 May 2019 12:17:58 XYZW',
        '2019-01-01T10:00:00Z trailing',
        '<script>alert(1)</script>',
        'x'.repeat(1000),
      ]) {
        expect(parseFeedDate(bad), bad).to.equal(undefined);
      }
      for (const notString of [undefined, null, 1558300800000, {}, ['2019-01-01']]) {
        expect(parseFeedDate(notString)).to.equal(undefined);
      }
    });
  });

  describe('excerpt', () => {
    const text =
      'Seutukaupungit ovat sujuvan elämän keskuksia, joissa työn ja perheen sekä monipuolisen ja laadukkaan vapaa-ajan yhdistäminen on helppoa ja mutkatonta, ja joissa palvelut ovat lähellä.';

    it('returns text that fits untouched', () => {
      expect(excerpt('Lyhyt teksti.', 160)).to.equal('Lyhyt teksti.');
      expect(excerpt('x'.repeat(160), 160)).to.equal('x'.repeat(160));
    });

    it('cuts at a word boundary with an ellipsis, within the length', () => {
      const cut = excerpt(text, 60);
      expect(cut).to.equal('Seutukaupungit ovat sujuvan elämän keskuksia, joissa työn…');
      expect(cut.length).to.be.at.most(60);
      expect(text.startsWith(cut.slice(0, -1))).to.equal(true);
    });

    it('defaults to 160 characters', () => {
      const long = `${text} ${text}`;
      const cut = excerpt(long);
      expect(cut.length).to.be.at.most(160);
      expect(cut.length).to.be.greaterThan(140);
      expect(cut.endsWith('…')).to.equal(true);
      expect(long.startsWith(cut.slice(0, -1))).to.equal(true);
      expect(long[cut.length - 1]).to.equal(' ');
    });

    it('drops punctuation left dangling at the cut', () => {
      expect(excerpt('Alpha beta, gamma delta epsilon', 13)).to.equal('Alpha beta…');
    });

    it('cuts a very long word rather than leaving nothing', () => {
      const url = `https://example.org/${'a'.repeat(200)}`;
      const cut = excerpt(`See ${url}`, 40);
      expect(cut).to.have.length(40);
      expect(cut.endsWith('…')).to.equal(true);
    });

    it('never splits an emoji or a combining mark', () => {
      const cut = excerpt('ab👍🏽👍🏽👍🏽👍🏽', 4);
      expect(cut).to.equal('ab👍🏽…');
    });

    it('counts characters as the platform segmenter does, on its quick path for plain text too', () => {
      const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
      const plain = ['a', 'Ä', 'ö', 'å', ' ', '-', '©', '–', '”', '€', '\t', '\u00ad', 'ʼ'];
      // Each joins its neighbour, splits a pair or is not one character in one code unit.
      const joining = ['\r\n', '\r', '\n', '\u0301', '\u200d', '\ufe0f', '👍', '🏽', '🇫🇮', 'ᄀ', '\u1161', 'क', '\u093f', '\u2028', '\u200b'];
      // Mostly plain text, so that the quick path is taken and joining characters fall near the cut.
      const character = fc.oneof({ arbitrary: fc.constantFrom(...plain), weight: 6 }, { arbitrary: fc.constantFrom(...joining), weight: 1 });
      fc.assert(
        fc.property(fc.array(character, { maxLength: 16 }), fc.integer({ min: 1, max: 12 }), (chars, count) => {
          const text = chars.join('');
          const expected = [...segmenter.segment(text)].slice(0, count).map((s) => s.segment);
          expect(graphemes(text, count), JSON.stringify(text)).to.deep.equal(expected);
        }),
        { numRuns: 3000 },
      );
    });

    it('collapses white space and ignores nonsense lengths', () => {
      expect(excerpt('  a \n\n b  ')).to.equal('a b');
      expect(excerpt(text, Number.NaN)).to.equal(text.length <= 160 ? text : excerpt(text, 160));
      expect(excerpt(text, 0)).to.equal(excerpt(text, 160));
    });
  });

  describe('htmlToText', () => {
    it('decodes entities, including numeric, hex, legacy and malformed ones', () => {
      expect(htmlToText('<p>Tom &amp; Jerry &lt;3 &quot;x&quot; &#39;y&#39; &#x1F609; &hellip;</p>')).to.equal(
        'Tom & Jerry <3 "x" \'y\' 😉 …',
      );
      expect(htmlToText('AT&amp;T &#8217;s &#150;')).to.equal('AT&T ’s –');
      // malformed: unknown names and a bare ampersand stay as written
      expect(htmlToText('a & b &foo; c &#xZZ; 8amp;')).to.equal('a & b &foo; c &#xZZ; 8amp;');
      // legacy references without a semicolon decode as browsers do
      expect(htmlToText('&copy 2020 &notit;')).to.equal('© 2020 ¬it;');
      expect(htmlToText('&#0; &#x110000; &#xD800;')).to.equal('\ufffd \ufffd \ufffd');
    });

    it('drops scripts, styles, templates and comments with their content', () => {
      const html =
        '<style>p{color:red}</style><p>Hello,</p><script>window.__pwned = 1; document.write("x")</script>' +
        '<template><p>hidden</p></template><!-- a comment --><noscript>Enable JS</noscript><p>world!</p>' +
        '<svg><title>icon</title></svg><iframe src="https://example.org">frame</iframe>';
      expect(htmlToText(html)).to.equal('Hello, world!');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('separates block elements and line breaks but not inline ones', () => {
      expect(htmlToText('<p>One</p><p>two</p><ul><li>three</li><li>four</li></ul><h2>five</h2>six<br>seven')).to.equal(
        'One two three four five six seven',
      );
      expect(htmlToText('<p>In<em>line</em> <a href="x">li</a>nk <b>b</b><i>i</i></p>')).to.equal('Inline link bi');
      expect(htmlToText('<table><tr><td>a</td><td>b</td></tr></table><div>c</div><blockquote>d</blockquote>')).to.equal(
        'a b c d',
      );
    });

    it('collapses white space and passes plain text through', () => {
      expect(htmlToText('  plain\n\ttext  ')).to.equal('plain text');
      expect(htmlToText('<p>a&nbsp;&nbsp;b</p>\n\n<p> c </p>')).to.equal('a b c');
      expect(htmlToText('')).to.equal('');
    });

    it('runs no handler and loads no image from the HTML', async () => {
      const probe = `html-to-text-${Math.random().toString(36).slice(2)}`;
      const win = window as unknown as { __onerrorRan?: boolean };
      const text = htmlToText(
        `<img src="/test-api/counted/${probe}" onerror="window.__onerrorRan = true">` +
          `<img src="x:y" onerror="window.__onerrorRan = true"><p>Text</p>` +
          `<svg onload="window.__onerrorRan = true"></svg><video><source onerror="window.__onerrorRan = true"></video>`,
      );
      expect(text).to.equal('Text');
      // Give a live document ample time to have fetched the image and fired the handlers.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(win.__onerrorRan).to.equal(undefined);
      const { count } = await (await fetch(`/test-api/count/${probe}`)).json();
      expect(count).to.equal(0);
    });

    it('has a non-DOM path with the same results for ordinary HTML', () => {
      for (const html of [
        '<p>Hello, <em>world</em>!</p><script>x()</script><p>Next &amp; last</p>',
        '<style>a{}</style><ul><li>One</li><li>Two</li></ul><!-- c --><template>t</template>',
        'Tom &amp; Jerry &#8217; &#x1F609; &auml;&ouml;&aring; &hellip; &unknown; a & b',
        '<p>broken <b>markup<p>still works',
      ]) {
        expect(htmlToTextWithoutDom(html), html).to.equal(htmlToText(html));
      }
      expect(htmlToTextWithoutDom('<script>never closed')).to.equal('');
      expect(decodeEntitiesWithoutDom('&lt;b&gt; &amp;amp; &#65;&#x42;')).to.equal('<b> &amp; AB');
    });

    it('decodeEntities decodes references in plain text and keeps angle brackets as text', () => {
      expect(decodeEntities('Blog &#8211; InfluxData')).to.equal('Blog – InfluxData');
      expect(decodeEntities('Why a <b> tag & &lt;i&gt;')).to.equal('Why a <b> tag & <i>');
      expect(decodeEntities('<img src=x onerror=alert(1)> &amp;')).to.equal('<img src=x onerror=alert(1)> &');
      expect(decodeEntities('no references')).to.equal('no references');
    });

    describe('under Trusted Types', () => {
      /** Loads html-to-text in a frame whose CSP enforces Trusted Types and returns the frame's window. */
      async function frameWith(csp: string): Promise<Window & Record<string, any>> {
        const frame = document.createElement('iframe');
        frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">
          <script type="module">
            import * as mod from '/src/core/html-to-text.ts';
            import * as reader from '/src/core/blog-feed-reader.ts';
            window.mod = mod;
            window.reader = reader;
            window.ready = true;
          </script>`;
        document.body.append(frame);
        after(() => frame.remove());
        const win = frame.contentWindow as Window & Record<string, any>;
        for (let i = 0; i < 200 && !win.ready; i++) await new Promise((resolve) => setTimeout(resolve, 25));
        expect(win.ready, 'module loaded in the frame').to.equal(true);
        return win;
      }

      it('parses through its own named policy where the page allows it', async () => {
        const win = await frameWith(`require-trusted-types-for 'script'; trusted-types ${TRUSTED_TYPES_POLICY}`);
        // Enforcement is on: a plain string into a sink throws.
        expect(() => {
          win.document.body.innerHTML = '<b>x</b>';
        }).to.throw();
        expect(win.mod.htmlToText('<p>Hei &amp; moi</p><script>parent.__ttRan = 1</script><p>maailma</p>')).to.equal(
          'Hei & moi maailma',
        );
        expect(win.mod.decodeEntities('Blog &#8211; x')).to.equal('Blog – x');
        expect((window as any).__ttRan).to.equal(undefined);
      });

      it('falls back to the non-DOM path, without throwing, where the policy is not allowed', async () => {
        const win = await frameWith(`require-trusted-types-for 'script'; trusted-types some-other-policy`);
        // Before that path is loaded nothing throws; the feed reading below waits for it.
        expect(() => win.mod.htmlToText('<p>x</p>')).not.to.throw();
        const feed = await win.reader.readBlogFeed(
          {
            version: 'https://jsonfeed.org/version/1.1',
            title: 'Blogg &amp; nytt',
            items: [{ id: '1', content_html: '<p>Hej &amp; hallå</p><script>x()</script><p>världen</p>' }],
          },
          'https://example.org/feed.json',
        );
        expect(feed.title).to.equal('Blogg & nytt');
        expect(feed.items.map((item: BlogItem) => item.text)).to.deep.equal(['Hej & hallå världen']);
        expect(win.mod.htmlToText('<p>Hej &amp; hallå</p><script>x()</script><p>världen</p>')).to.equal(
          'Hej & hallå världen',
        );
        expect(win.mod.decodeEntities('a &#8211; b')).to.equal('a – b');
      });
    });
  });

  describe('language matching', () => {
    it('matches on the primary language', () => {
      expect(languageMatches('fi', 'fi')).to.equal(true);
      expect(languageMatches('fi-FI', 'fi')).to.equal(true);
      expect(languageMatches('FI_fi', 'fi')).to.equal(true);
      expect(languageMatches('fi', 'fi-fi')).to.equal(true);
      expect(languageMatches('sv', 'fi')).to.equal(false);
      expect(languageMatches('sv-FI', 'fi')).to.equal(false);
      expect(languageMatches('sv-FI', 'sv')).to.equal(true);
      expect(languageMatches('en', 'fi')).to.equal(false);
      expect(languageMatches('se', 'sv')).to.equal(false); // Northern Sami is not Swedish
    });

    it('lets items without a language through', () => {
      expect(languageMatches(undefined, 'fi')).to.equal(true);
      expect(languageMatches('', 'sv')).to.equal(true);
      expect(languageMatches('  ', 'en')).to.equal(true);
    });

    it('reads primary subtags', () => {
      expect(primaryLanguage('sv-FI')).to.equal('sv');
      expect(primaryLanguage(' EN_gb ')).to.equal('en');
    });
  });

  describe('date formatting', () => {
    const at = (ms: number) => ({ time: ms, datetime: new Date(ms).toISOString(), dateOnly: false });
    const now = Date.UTC(2026, 10, 23, 12, 0, 0);
    const day = 86_400_000;

    it('speaks each language, rounding to the largest unit that fits', () => {
      expect(formatRelative(at(now - 3 * day), 'fi', now)).to.equal('3 päivää sitten');
      expect(formatRelative(at(now - 3 * day), 'sv', now)).to.equal('för 3 dagar sedan');
      expect(formatRelative(at(now - 3 * day), 'en', now)).to.equal('3 days ago');
      expect(formatRelative(at(now - day), 'en', now)).to.equal('yesterday');
      expect(formatRelative(at(now - 5 * 60_000), 'en', now)).to.equal('5 minutes ago');
      expect(formatRelative(at(now - 59.6 * 60_000), 'en', now)).to.equal('1 hour ago');
      expect(formatRelative(at(now - 14 * day), 'en', now)).to.equal('2 weeks ago');
      expect(formatRelative(at(now - 90 * day), 'en', now)).to.equal('3 months ago');
      expect(formatRelative(at(now - 800 * day), 'en', now)).to.equal('2 years ago');
      expect(formatRelative(at(now + 2 * day), 'en', now)).to.equal('in 2 days');
      expect(formatRelative(at(now - 10_000), 'en', now)).to.equal('now');
    });

    it('compares a bare date with today’s date', () => {
      const today = new Date(now);
      const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
      const date = (ms: number) => ({ time: ms, datetime: '', dateOnly: true });
      expect(formatRelative(date(start), 'en', now)).to.equal('today');
      expect(formatRelative(date(start - day), 'fi', now)).to.equal('eilen');
    });

    it('formats in the page’s regional variant only where it matches the interface language', () => {
      expect(intlLocale('sv-fi', 'sv')).to.equal('sv-FI');
      expect(intlLocale('en-gb', 'en')).to.equal('en-GB');
      expect(intlLocale('de', 'en')).to.equal('en');
      expect(intlLocale('fi', 'fi')).to.equal('fi');
    });
  });

  describe('selectItems', () => {
    const item = (index: number, date?: string, extra: Partial<BlogItem> = {}): BlogItem => ({
      index,
      text: '',
      authors: [],
      tags: [],
      title: `item ${index}`,
      date: date ? parseFeedDate(date) : undefined,
      ...extra,
    });
    const titles = (items: BlogItem[]) => items.map((i) => i.title);

    it('puts the newest first and undated posts after dated ones in feed order', () => {
      const items = [
        item(0),
        item(1, '2021-02-26T15:04:04+02:00'),
        item(2),
        item(3, '2021-03-05T13:04:04+02:00'),
        item(4, '2021-02-25T15:04:04+02:00'),
        item(5, '2021-03-05T13:04:04+02:00'),
      ];
      expect(titles(selectItems(items, { limit: 10 }))).to.deep.equal([
        'item 3',
        'item 5',
        'item 1',
        'item 4',
        'item 0',
        'item 2',
      ]);
      expect(titles(selectItems(items, { limit: 2 }))).to.deep.equal(['item 3', 'item 5']);
    });

    it('filters by tag (case-insensitive) and language before the limit', () => {
      const items = [
        item(0, '2021-03-01', { tags: ['Koulutus'], language: 'fi' }),
        item(1, '2021-03-02', { tags: ['muu'], language: 'fi' }),
        item(2, '2021-03-03', { tags: ['koulutus'], language: 'sv' }),
        item(3, '2021-03-04', { tags: ['KOULUTUS'] }),
      ];
      const keep = (tag: string | undefined, page = 'fi', feedLanguage?: string) => postFilter(tag, feedLanguage, page);
      expect(titles(selectItems(items, { keep: keep('koulutus'), limit: 10 }))).to.deep.equal(['item 3', 'item 2', 'item 0']);
      expect(titles(selectItems(items, { keep: keep(' koulutus ', 'fi-FI', ' Match'), limit: 10 }))).to.deep.equal([
        'item 3',
        'item 0',
      ]);
      expect(titles(selectItems(items, { keep: keep(undefined, 'sv', 'match'), limit: 1 }))).to.deep.equal(['item 3']);
      expect(titles(selectItems(items, { keep: keep('none'), limit: 10 }))).to.deep.equal([]);
      // Asking for nothing (no tag, any other feed-language) keeps every post.
      expect(keep('  ', 'sv', 'all')).to.equal(undefined);
      expect(titles(selectItems(items, { keep: keep(undefined, 'sv', 'all'), limit: 10 }))).to.have.length(4);
    });

    it('falls back to 3 for a nonsense limit', () => {
      const items = [0, 1, 2, 3, 4].map((i) => item(i));
      for (const limit of [0, -1, Number.NaN, Infinity]) {
        expect(selectItems(items, { limit })).to.have.length(3);
      }
    });
  });

  describe('interpretJsonFeed', () => {
    const base = 'https://feeds.example.org/blog/feed.json';
    const feed = (items: unknown[], extra: Record<string, unknown> = {}) => ({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Blog',
      items,
      ...extra,
    });
    const quiet = async <T>(fn: () => T) => (await captureWarnings(async () => fn())).result;

    it('accepts every spelling of version 1 and 1.1', async () => {
      for (const version of [
        'https://jsonfeed.org/version/1',
        'https://jsonfeed.org/version/1.1',
        'http://jsonfeed.org/version/1',
        'https://jsonfeed.org/version/1.1/',
        'https://www.jsonfeed.org/version/1',
        '1.0',
        '1',
        '1.1',
      ]) {
        expect(interpretJsonFeed({ version, items: [] }, base).items, version).to.deep.equal([]);
      }
    });

    it('refuses what is not a JSON Feed, naming the JSON path', () => {
      for (const [json, path] of [
        [{ version: 1, cities: [] }, '$.version'],
        [{ version: 'https://jsonfeed.org/version/2', items: [] }, '$.version'],
        [{ items: [] }, '$.version'],
        [{ version: '1.1' }, '$.items'],
        [{ version: '1.1', items: {} }, '$.items'],
        [[], '$'],
        ['feed', '$'],
        [null, '$'],
      ] as const) {
        let error: unknown;
        try {
          interpretJsonFeed(json, base);
        } catch (e) {
          error = e;
        }
        expect(error, JSON.stringify(json)).to.be.instanceOf(FeedError);
        expect((error as FeedError).reason).to.equal('invalid');
        expect((error as FeedError).message).to.contain(`not a JSON Feed: ${path}`);
      }
    });

    it('resolves relative URLs against the feed’s URL, never the page, and drops unsafe ones', async () => {
      const result = await quiet(() =>
        interpretJsonFeed(
          feed(
            [
              { id: '1', title: 'a', url: 'posts/a.html', image: '/img/a.png' },
              { id: '2', title: 'b', url: 'javascript:alert(1)', external_url: '//other.example/b' },
              { id: '3', title: 'c', url: 'data:text/html,x', image: 'vbscript:x', banner_image: 'b.jpg' },
              {
                id: '4',
                title: 'd',
                authors: [
                  { name: 'Mail', url: 'mailto:toimitus@example.org' },
                  { name: 'Js', url: 'javascript:alert(1)' },
                ],
              },
            ],
            { home_page_url: '../' },
          ),
          base,
        ),
      );
      const [a, b, c, d] = result.items;
      expect(a!.url).to.equal('https://feeds.example.org/blog/posts/a.html');
      expect(a!.image).to.equal('https://feeds.example.org/img/a.png');
      expect(b!.url).to.equal('https://other.example/b');
      expect(c!.url).to.equal(undefined);
      expect(c!.image).to.equal('https://feeds.example.org/blog/b.jpg');
      expect(d!.authors).to.deep.equal([{ name: 'Mail', url: 'mailto:toimitus@example.org' }, { name: 'Js' }]);
      expect(result.homePageUrl).to.equal('https://feeds.example.org/');
      expect(result.problems.map((p) => p.path)).to.include.members([
        '$.items[1].url',
        '$.items[2].url',
        '$.items[2].image',
        '$.items[3].authors[1].url',
      ]);
    });

    it('uses the feed’s own feed_url as the base for data given as a property', async () => {
      const result = await quiet(() =>
        interpretJsonFeed(
          feed([{ title: 'a', url: 'a.html' }], { feed_url: 'https://blog.example.org/feed/json' }),
          undefined,
        ),
      );
      expect(result.items[0]!.url).to.equal('https://blog.example.org/feed/a.html');
      const noFeedUrl = interpretJsonFeed(feed([{ title: 'a', url: 'a.html' }]), undefined);
      expect(noFeedUrl.items[0]!.url).to.equal(new URL('a.html', document.baseURI).href);
    });

    it('prefers summary, then content_text, then the text of content_html', () => {
      const result = interpretJsonFeed(
        feed([
          { id: '1', summary: 'Summary', content_text: 'Text', content_html: '<p>Html</p>' },
          { id: '2', summary: '  ', content_text: 'Text &amp; more', content_html: '<p>Html</p>' },
          { id: '3', content_html: '<p>Html &amp; <b>bold</b></p><script>x</script>' },
          { id: '4', summary: '<p>CMS put <em>HTML</em> here</p>' },
        ]),
        base,
      );
      expect(result.items.map((i) => i.text)).to.deep.equal(['Summary', 'Text & more', 'Html & bold', 'CMS put HTML here']);
    });

    it('takes authors from authors, else author, item level before feed level', () => {
      const result = interpretJsonFeed(
        feed(
          [
            { id: '1', title: 'a' },
            { id: '2', title: 'b', author: { name: 'Legacy' } },
            { id: '3', title: 'c', authors: [{ name: 'New 1' }, { name: 'New 2' }], author: { name: 'Legacy' } },
            { id: '4', title: 'd', author: 'Plain String' },
            { id: '5', title: 'e', authors: [{ url: 'https://x.example' }, { name: '' }] },
          ],
          { authors: [{ name: 'Feed 1' }, { name: 'Feed 2' }], author: { name: 'Feed legacy' } },
        ),
        base,
      );
      expect(result.items.map((i) => i.authors.map((a) => a.name))).to.deep.equal([
        ['Feed 1', 'Feed 2'],
        ['Legacy'],
        ['New 1', 'New 2'],
        ['Plain String'],
        ['Feed 1', 'Feed 2'],
      ]);
    });

    it('takes dates from date_published, else date_modified, and drops unparseable ones', async () => {
      const result = await quiet(() =>
        interpretJsonFeed(
          feed([
            { id: '1', title: 'a', date_published: '2020-01-01T00:00:00Z', date_modified: '2021-01-01T00:00:00Z' },
            { id: '2', title: 'b', date_modified: '2021-01-01T00:00:00Z' },
            { id: '3', title: 'c', date_published: 'last Tuesday', date_modified: '2022-01-01T00:00:00Z' },
            { id: '4', title: 'd', date_published: 'soon' },
          ]),
          base,
        ),
      );
      expect(result.items.map((i) => i.date?.datetime)).to.deep.equal([
        '2020-01-01T00:00:00.000Z',
        '2021-01-01T00:00:00.000Z',
        '2022-01-01T00:00:00.000Z',
        undefined,
      ]);
    });

    it('inherits the feed’s language and ignores malformed language tags', () => {
      const result = interpretJsonFeed(
        feed(
          [
            { id: '1', title: 'a' },
            { id: '2', title: 'b', language: 'fi-FI' },
            { id: '3', title: 'c', language: 'not a tag!' },
          ],
          { language: 'sv' },
        ),
        base,
      );
      expect(result.items.map((i) => i.language)).to.deep.equal(['sv', 'fi-FI', 'sv']);
    });

    it('keeps good items and fields, leaves bad ones out and warns once with JSON paths', async () => {
      const { result, warnings } = await captureWarnings(async () =>
        interpretJsonFeed(
          feed([
            { id: '1', title: 'Good' },
            'not an item',
            { id: '3', title: 42, summary: 'Title was a number', tags: 'oops', _ext: { a: 1 } },
            { id: 4, title: null, content_text: 'Numeric id, null title', date_published: null },
            {},
            { id: '6', content_html: '' },
            null,
          ]),
          base,
        ),
      );
      expect(result.items.map((i) => [i.id, i.title, i.text])).to.deep.equal([
        ['1', 'Good', ''],
        ['3', undefined, 'Title was a number'],
        ['4', undefined, 'Numeric id, null title'],
      ]);
      expect(result.items[1]!.tags).to.deep.equal([]);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(base);
      for (const path of ['$.items[1]', '$.items[2].title', '$.items[2].tags', '$.items[4]', '$.items[5]', '$.items[6]']) {
        expect(result.problems.map((p) => p.path)).to.include(path);
        expect(warnings[0]).to.contain(path);
      }
    });

    it('warns nothing for a clean feed and decodes entities in titles', async () => {
      const { result, warnings } = await captureWarnings(async () =>
        interpretJsonFeed(
          feed([{ id: '1', title: 'FCC &#8216;Jokes&#8217; &amp; a < b', url: 'https://x.example/' }], {
            title: 'Blog &#8211; InfluxData',
          }),
          base,
        ),
      );
      expect(warnings).to.deep.equal([]);
      expect(result.title).to.equal('Blog – InfluxData');
      expect(result.items[0]!.title).to.equal('FCC ‘Jokes’ & a < b');
    });
  });
});
