import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { FeedController } from '../../core/feed-controller.js';
import { LocaleController } from '../../core/locale-controller.js';
import { strings as blogTeaserStrings } from '../../locales/blog-teaser.js';
import type { BlogAuthor, BlogFeed, BlogItem } from '../../core/json-feed-read.js';
import { readBlogFeed } from '../../core/blog-feed-reader.js';
import { postLimit, selectItems } from '../../core/blog-selection.js';
import { excerpt } from '../../core/excerpt.js';
import { dateFormat, formatDate, formatter, intlLocale } from '../../core/date-format.js';
import { LazyModule, stillLoading } from '../../core/lazy-module.js';
import { primaryLanguage } from '../../core/feed-language.js';
import type { FeedDate } from '../../core/rfc3339-date.js';
import { VERSION } from '../../core/version.js';
import { baseStyles } from '../../ui/base-styles.js';
import { headingLevel } from '../../ui/heading.js';
import { itemHeading } from '../../ui/item-heading.js';
import { emptyView } from '../../ui/status-views.js';
import { feedStateView } from '../../ui/feed-state-view.js';
import { blogTeaserStyles } from './blog-teaser.styles.js';
import { rel } from '../../ui/link-rel.js';
import { isBroken, leaveOutBroken } from '../../ui/broken-images.js';

export type BlogTeaserLayout = 'list' | 'cards' | 'compact';

const LAYOUTS: readonly BlogTeaserLayout[] = ['list', 'cards', 'compact'];

/** Length of the excerpt that stands in for a missing title in link names and the compact layout. */
const LABEL_LENGTH = 80;

/**
 * The newest posts of any JSON Feed (version 1 or 1.1), from any CMS: title, date, authors,
 * excerpt, image and a "Read more" link per post, as a list, cards or a compact list of links.
 * Feed text is only ever shown as text; HTML in a feed is reduced to its words in an inert
 * document, so nothing from the feed runs or loads.
 *
 * Post titles are headings at `heading-level`; with `show-title` the feed's title takes that
 * level and the post titles go one level deeper (at most 6). The compact layout has no post
 * headings: each post is one linked line.
 *
 * @tagname seutu-blog-teaser
 * @summary Newest posts of a JSON Feed as a list, cards or compact links, in Finnish, Swedish or English.
 *
 * @slot - Fallback content, e.g. a link to the blog: shown before the script runs and again under the error message.
 * @slot empty - Replaces the built-in "no posts to show" message.
 * @slot error - Extra content under the error message, e.g. a link to the blog itself.
 *
 * @csspart heading - The feed's title (`show-title`).
 * @csspart heading-link - The link in the feed's title to its home page.
 * @csspart list - The `<ul>` of posts.
 * @csspart item - Each post's `<li>`.
 * @csspart image - A post's image (list and cards layouts).
 * @csspart title - A post's title: a heading in the list and cards layouts, a line of text in the compact layout where the post has no link.
 * @csspart title-link - A post's linked title in the compact layout.
 * @csspart meta - The line with a post's date and authors.
 * @csspart date - A post's `<time>`.
 * @csspart authors - A post's authors.
 * @csspart author-link - An author's link.
 * @csspart excerpt - A post's excerpt, or its opening words where it has no title.
 * @csspart link - A post's "Read more" link.
 * @csspart status - Loading placeholder and the "nothing to show" message.
 * @csspart error - The error message.
 * @csspart stale - The note that the posts shown may be out of date (`cache="local"`, after a failed load).
 *
 * @cssproperty --seutu-accent - Link colour. Default: a blue with 4.5:1 contrast that follows the page's colour scheme.
 * @cssproperty --seutu-text - Text colour. Default: inherited from the page.
 * @cssproperty --seutu-muted - Dates, authors and messages. Default: the text colour.
 * @cssproperty --seutu-surface - Background of cards. Default: transparent.
 * @cssproperty --seutu-border - Borders of cards and between posts. Default: the text colour at 30 %.
 * @cssproperty --seutu-radius - Corner radius of cards and images. Default: 0.375em.
 * @cssproperty --seutu-gap - Space between posts. Default: 0.5em.
 * @cssproperty --seutu-font-family - Font. Default: inherited from the page.
 * @cssproperty --seutu-focus-ring - Focus outline. Default: 0.15em solid accent.
 * @cssproperty --seutu-line-height - Line height. Default: 1.5.
 * @cssproperty --seutu-card-width - Smallest width of a card before the grid wraps. Default: 16em.
 * @cssproperty --seutu-image-aspect-ratio - Shape of post images, which are cropped to fit. Default: 16 / 9.
 * @cssproperty --seutu-thumbnail-width - Width of the image beside a post in the list layout. Default: 8em.
 * @cssproperty --seutu-loading-min-height - Space reserved while the feed loads. Default: by layout and `limit`.
 *
 * @fires seutu-load - The feed was loaded and rendered. `detail: { url, count, stale? }`, `count` being the number of valid posts in the feed (before `tag`, `feed-language` and `limit`); `url` is null for the `feed` property; `stale: true` when loading failed and the last good copy (`cache="local"`) is shown instead.
 * @fires seutu-error - The feed could not be shown. `detail: { url, reason, status? }`, `reason` one of `missing-src`, `network`, `timeout`, `http`, `parse`, `invalid`.
 */
export class SeutuBlogTeaser extends LitElement {
  static readonly version = VERSION;
  static override styles = [baseStyles, blogTeaserStyles];

  static override properties = {
    src: {},
    feed: { attribute: false },
    cache: {},
    limit: { type: Number },
    tag: {},
    feedLanguage: { attribute: 'feed-language' },
    layout: { reflect: true },
    excerptLength: { type: Number, attribute: 'excerpt-length' },
    relative: { type: Boolean },
    showTitle: { type: Boolean, attribute: 'show-title' },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** URL of a JSON Feed (version 1 or 1.1). Required: without it (and without `feed`) the element shows its error state. */
  declare src: string | undefined;

  /** A JSON Feed document given as data instead of `src`; validated the same way. */
  declare feed: unknown;

  /** `local`: keeps the last feed that loaded in the browser (localStorage) and shows it, marked as possibly out of date, when a later load fails. */
  declare cache: 'local' | undefined;

  /** Number of posts shown, newest first. */
  declare limit: number;

  /** Show only posts carrying this tag (case-insensitive). */
  declare tag: string | undefined;

  /** `match`: only posts whose `language` (else the feed's) is the page's, plus posts in no stated language. */
  declare feedLanguage: 'match' | undefined;

  /** `list` (default), `cards`, or `compact` (one linked line per post). */
  declare layout: 'list' | 'cards' | 'compact';

  /** Longest excerpt in characters, the "…" included; cut at a word boundary. */
  declare excerptLength: number;

  /** Dates as "3 days ago", kept current while the page stays open; the full date stays in the `<time>` element's title. */
  declare relative: boolean;

  /** Shows the feed's title as a heading, linked to its home page. */
  declare showTitle: boolean;

  /** Level (1–6) of the element's headings: the feed title with `show-title`, else the post titles. */
  declare headingLevel: number;

  constructor() {
    super();
    this.limit = 3;
    this.layout = 'list';
    this.excerptLength = 160;
    this.relative = false;
    this.showTitle = false;
    this.headingLevel = 3;
  }

  #locale = new LocaleController(this, blogTeaserStrings);
  // What few teasers use, each in a module of its own, loaded with the feed when asked for.
  #relativeDates = new LazyModule(this, () => import('./relative-date-view.js'));
  #layouts = new LazyModule(this, () => import('./cards-compact-layouts.js'));
  #filters = new LazyModule(this, () => import('../../core/blog-filters.js'));
  #clock: unknown;
  #feed = new FeedController<BlogFeed>(this, {
    source: () => ({ src: this.src, data: this.feed, cache: this.cache }),
    kind: 'jsonfeed',
    interpret: readBlogFeed,
    count: (feed) => feed.items.length,
    // The usual date formatter too, made while the feed loads rather than delaying the first render.
    prepare: () => (dateFormat(this.#intlLocale, false), this.#features()),
  });

  /** Loads the modules of the features the attributes ask for; undefined when they are all here. */
  #features(): Promise<unknown> | undefined {
    return stillLoading(
      this.relative && this.#relativeDates.want(),
      this.#layout !== 'list' && this.#layouts.want(),
      (this.tag || this.feedLanguage) && this.#filters.want(),
    );
  }

  protected override willUpdate(): void {
    // A feature asked for once the posts are shown: they are shown without it until it loads.
    void this.#features();
    this.#layouts.module?.adoptLayoutStyles(this.renderRoot as ShadowRoot);
    const relative = this.#relativeDates.module;
    // Relative dates ("5 minutes ago") are kept true while the page stays open.
    if (relative && !this.#clock) {
      this.#clock = new relative.MinuteClock(this, () => this.relative && this.#feed.state.status === 'ready');
    }
  }

  get #layout(): BlogTeaserLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'list';
  }

  protected override render(): TemplateResult {
    const msg = this.#locale.msg;
    const state = this.#feed.state;
    const body = feedStateView(
      this,
      this.#locale.ui,
      state,
      {
        loading: msg('Loading blog posts…', { id: 'blog-teaser.loading' }),
        error: msg('The blog posts could not be shown.', { id: 'blog-teaser.error' }),
      },
      (data) => this.#readyView(data),
    );
    return html`<div class="root" data-layout=${this.#layout}>${body}</div>`;
  }

  protected override updated(): void {
    // The number of posts expected sizes the space reserved while loading. Set through the CSSOM,
    // not as a style attribute: pages whose CSP has no 'unsafe-inline' for styles refuse the latter.
    // The root is the last element rendered, after any <style> where sheets cannot be adopted.
    (this.renderRoot.lastElementChild as HTMLElement).style.setProperty('--_rows', `${Math.min(postLimit(this.limit), 10)}`);
  }

  #readyView(feed: BlogFeed): unknown {
    const msg = this.#locale.msg;
    // Without the code that chooses by tag and language (still loading, or failed) every post shows.
    const items = selectItems(feed.items, {
      keep: this.#filters.module?.postFilter(this.tag, this.feedLanguage, this.#locale.tag),
      limit: this.limit,
    });
    const level = headingLevel(this.headingLevel);
    const title = this.showTitle ? feed.title : undefined;
    const titleLang = this.#langAttr(feed.language);
    const titleView = title
      ? itemHeading(
          level,
          'heading',
          feed.homePageUrl
            ? html`<a part="heading-link" href=${feed.homePageUrl} rel=${ifDefined(rel(feed.homePageUrl))}
                lang=${ifDefined(titleLang)}>${title}</a>`
            : html`<span lang=${ifDefined(titleLang)}>${title}</span>`,
          undefined,
          'feed-title',
        )
      : nothing;
    if (items.length === 0) {
      return [titleView, emptyView(msg('There are no posts to show.', { id: 'blog-teaser.empty' }))];
    }
    const itemLevel = title ? Math.min(level + 1, 6) : level;
    const compact = this.#layout === 'compact' ? this.#layouts.module : undefined;
    return html`${titleView}
      <ul part="list" class="items" aria-labelledby=${title ? 'feed-title' : nothing}>
        ${items.map((item) =>
          compact
            ? compact.compactItem(
                item,
                this.#label(item),
                item.title || item.text ? this.#langAttr(item.language) : undefined,
                item.date && this.#dateView(item.date),
              )
            : this.#fullItem(item, itemLevel),
        )}
      </ul>`;
  }

  /** A post in the list and cards layouts. */
  #fullItem(item: BlogItem, level: number): TemplateResult {
    const msg = this.#locale.msg;
    const lang = this.#langAttr(item.language);
    const text = item.text ? excerpt(item.text, this.excerptLength) : '';
    const untitled = !item.title && !text ? this.#untitled() : undefined;
    // The excerpt stands in for a missing title; a summary that only repeats the title is skipped.
    const showText = text && text !== item.title;
    // Without a title the excerpt leads, as the title would; with one it follows the date line.
    const excerptView = html`<p part="excerpt" class="excerpt" lang=${ifDefined(lang)}>
      ${text}
    </p>`;
    // An image that failed before is left out, frame and all.
    const image = item.image && !isBroken(this, item.image) ? item.image : undefined;
    return html`<li part="item" class="item">
      ${image
        ? html`<img
            part="image"
            class="image"
            src=${image}
            alt=""
            width="16"
            height="9"
            loading="lazy"
            decoding="async"
            @error=${leaveOutBroken}
          />`
        : nothing}
      <div class="body">
        ${item.title
          ? itemHeading(level, 'title', item.title, lang)
          : untitled
            ? itemHeading(level, 'title', untitled)
            : nothing}
        ${showText && !item.title ? excerptView : nothing} ${this.#metaView(item)}
        ${showText && item.title ? excerptView : nothing}
        ${item.url
          ? html`<p class="more">
              <a part="link" href=${item.url} rel=${ifDefined(rel(item.url))}
                >${msg('Read more', {
                  id: 'blog-teaser.read-more',
                  desc: 'Link under a post excerpt. Screen readers hear it followed by ": " and the post title.',
                })}<span class="visually-hidden"
                  >: <span lang=${ifDefined(untitled ? undefined : lang)}>${this.#label(item)}</span></span
                ></a
              >
            </p>`
          : nothing}
      </div>
    </li>`;
  }

  /** What names a post in links: its title, else its opening words, else "Untitled post". */
  #label(item: BlogItem): string {
    if (item.title) return item.title;
    if (item.text) return excerpt(item.text, LABEL_LENGTH);
    return this.#untitled();
  }

  #untitled(): string {
    return this.#locale.msg('Untitled post', {
      id: 'blog-teaser.untitled',
      desc: 'Stands in for the title of a post that has neither a title nor any text.',
    });
  }

  #metaView(item: BlogItem): TemplateResult | typeof nothing {
    if (!item.date && item.authors.length === 0) return nothing;
    return html`<p part="meta" class="meta">
      ${item.date ? this.#dateView(item.date) : nothing}${item.date && item.authors.length > 0
        ? html`<span class="separator" aria-hidden="true"> · </span>`
        : nothing}${item.authors.length > 0 ? this.#authorsView(item.authors) : nothing}
    </p>`;
  }

  #dateView(date: FeedDate): TemplateResult {
    const locale = this.#intlLocale;
    const relative = this.relative ? this.#relativeDates.module : undefined;
    if (relative) return relative.relativeDateView(date, locale);
    return html`<time part="date" datetime=${date.datetime}>${formatDate(date, locale)}</time>`;
  }

  /** Authors joined as the reader's language joins a list: "A, B ja C", "A, B och C". */
  #authorsView(authors: readonly BlogAuthor[]): TemplateResult {
    const locale = this.#intlLocale;
    // A conjunction in its long style ("A, B ja C") is what Intl.ListFormat gives by default.
    const format = formatter(`list ${locale}`, () => new Intl.ListFormat(locale));
    let next = 0;
    const parts = format.formatToParts(authors.map((a) => a.name)).map((part) => {
      if (part.type !== 'element') return part.value;
      const author = authors[next++]!;
      return author.url
        ? html`<a part="author-link" href=${author.url} rel=${ifDefined(rel(author.url))}>${author.name}</a>`
        : author.name;
    });
    return html`<span part="authors" class="authors">${parts}</span>`;
  }

  get #intlLocale(): string {
    return intlLocale(this.#locale.tag, this.#locale.ui);
  }

  /** A `lang` for feed text, set only where it differs from the page's, so readers switch voice. */
  #langAttr(language: string | undefined): string | undefined {
    if (!language) return undefined;
    return primaryLanguage(language) === primaryLanguage(this.#locale.tag) ? undefined : language;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'seutu-blog-teaser': SeutuBlogTeaser;
  }
}
