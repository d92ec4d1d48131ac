import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { MsgFn } from '@lit/localize';
import type { UiLocale } from '../core/locale.js';
import type { City, Project } from '../core/network-feed.js';
import { localizedText, type LocalizedText } from '../core/localized-text.js';
import { foreignLanguageOf } from '../core/text-language.js';
import { cityName } from '../core/city-names.js';
import { collatorFor } from '../core/collation.js';
import { heading } from './heading.js';
import { rel } from './link-rel.js';
import { projectPeriodText } from './project-period.js';
import { projectStatusLabel } from './project-status-label.js';
import { rareParts, TOWNS_SHOWN } from './rare-card-parts-loader.js';
import { isBroken, leaveOutBroken } from './broken-images.js';

/** What a card needs besides its project: the reader's language and the feed's towns. */
export interface ProjectCardContext {
  readonly msg: MsgFn;
  /** The page's language tag, for feed texts (`sv-fi`). */
  readonly tag: string;
  /** The interface language, for messages, dates and sorting. */
  readonly ui: UiLocale;
  /** The feed's towns by id. */
  readonly towns: ReadonlyMap<string, City>;
  readonly headingLevel: number;
  /** Makes the card's ids unique within one shadow root holding many cards. */
  readonly idPrefix: string;
  /** The element showing the card: renders again when a part that was missing arrives. */
  readonly host: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
}

/**
 * One project as a card: title heading, status badge and period, summary, towns, "Read more"
 * link and image. Every optional part is left out when the project lacks it, and feed text
 * only ever reaches the DOM as text.
 */
export function projectCardView(project: Project, ctx: ProjectCardContext): TemplateResult {
  const { msg, tag } = ctx;
  const title = localizedText(project.title, tag) ?? project.id;
  const titleText = inLanguage(project.title, title, tag);
  const summary = localizedText(project.summary, tag);
  const period = projectPeriodText(project.start, project.end, ctx.ui, ctx.host);
  const titleId = `${ctx.idPrefix}title`;
  return html`<article class="card" part="card" aria-labelledby=${titleId}>
    ${heading(ctx.headingLevel, titleText, titleId)}
    <p class="meta">
      <span class="badge" part="badge" data-status=${project.status}>${projectStatusLabel(project.status, msg)}</span>
      ${period ? html`<span class="dates" part="dates">${period}</span>` : nothing}
    </p>
    ${summary
      ? html`<p class="summary" part="summary" lang=${ifDefined(foreignLanguageOf(project.summary, summary, tag))}>
          ${summary}
        </p>`
      : nothing}
    ${townsView(project, ctx)}
    ${project.url ? linkView(project.url, titleText, msg) : nothing}
    ${project.image && !isBroken(ctx.host, project.image.url) ? imageView(project.image, tag) : nothing}
  </article>`;
}

function townsView(project: Project, ctx: ProjectCardContext): TemplateResult | typeof nothing {
  const { msg, tag, towns } = ctx;
  const lead = towns.get(project.lead!);
  // The lead counts among the towns taking part; towns the feed does not list cannot be named.
  const names = [...new Set([project.lead!, ...project.cities])]
    .filter((id) => towns.has(id))
    .map((id) => cityName(towns.get(id)!, tag))
    .sort(collatorFor(ctx.ui).compare);
  // A lead town alone is said once, as the lead.
  const showTaking = names.length > (lead ? 1 : 0);
  if (!showTaking && !lead) return nothing;
  return html`<dl class="towns" part="towns">
    ${lead
      ? html`<div>
          <dt>${msg('Lead town', { id: 'project-card.lead' })}</dt>
          <dd part="lead">${cityName(lead, tag)}</dd>
        </div>`
      : nothing}
    ${showTaking
      ? html`<div>
          <dt>${msg('Towns taking part', { id: 'project-card.towns' })}</dt>
          <dd>${townList(names, ctx)}</dd>
        </div>`
      : nothing}
  </dl>`;
}

function townList(names: readonly string[], ctx: ProjectCardContext): unknown {
  const items = (list: readonly string[]) =>
    html`<ul class="town-list" part="town-list">${list.map((name) => html`<li>${name}</li>`)}</ul>`;
  const parts = names.length > TOWNS_SHOWN ? rareParts(ctx.host) : undefined;
  // Until "and N more" is at hand, every town is named in the one list.
  return parts
    ? [items(names.slice(0, TOWNS_SHOWN)), parts.moreTownsView(names.slice(TOWNS_SHOWN), items, ctx.ui, ctx.host.renderRoot as ShadowRoot)]
    : items(names);
}

/**
 * "Read more", with the title in its accessible name so a list of cards has distinct links.
 * A link to another site gets `rel="noopener"`; it still opens where the reader chooses.
 */
function linkView(url: string, title: unknown, msg: MsgFn): TemplateResult {
  return html`<p class="more">
    <a part="link" href=${url} rel=${ifDefined(rel(url))}
      >${msg('Read more', { id: 'project-card.read-more' })}<span class="visually-hidden">: ${title}</span></a
    >
  </p>`;
}

/**
 * The image, lazily loaded in a box of fixed proportions so nothing moves when it arrives;
 * decorative (`alt=""`) when the feed describes it in no language. An image that fails to load
 * is left out (`broken-images.ts`).
 */
function imageView(image: NonNullable<Project['image']>, tag: string): TemplateResult {
  const alt = localizedText(image.alt, tag);
  return html`<img
    class="image"
    part="image"
    src=${image.url}
    alt=${alt ?? ''}
    lang=${ifDefined(foreignLanguageOf(image.alt, alt, tag))}
    width="640"
    height="360"
    loading="lazy"
    decoding="async"
    @error=${leaveOutBroken}
  />`;
}

/** Feed text, inside a `lang` span when it is in another language than the page. */
function inLanguage(text: LocalizedText, picked: string, tag: string): unknown {
  const lang = foreignLanguageOf(text, picked, tag);
  return lang ? html`<span lang=${lang}>${picked}</span>` : picked;
}
