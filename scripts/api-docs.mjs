// Renders the README's API section from custom-elements.json. Pure (no Node APIs), so the
// browser test that keeps README and manifest in agreement runs this very code.

const cell = (text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
// GitHub tables split cells at every unescaped pipe, code spans included.
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (head, rows) =>
  rows.length === 0
    ? ''
    : [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join(
        '\n',
      );

/** The custom-element declarations of a manifest, in the order their modules appear. */
export function elementsOf(manifest) {
  return manifest.modules.flatMap((mod) =>
    (mod.declarations ?? []).filter((d) => d.customElement && d.tagName),
  );
}

function publicFields(element) {
  return (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#'),
  );
}

/** Markdown for one element. */
export function renderElement(element) {
  const attributes = element.attributes ?? [];
  const byField = new Map(attributes.filter((a) => a.fieldName).map((a) => [a.fieldName, a]));
  const rows = attributes.map((a) => {
    const field = (element.members ?? []).find((m) => m.name === a.fieldName);
    return [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default ?? field?.default), cell(a.description ?? field?.description)];
  });
  for (const field of publicFields(element)) {
    if (byField.has(field.name)) continue;
    rows.push(['—', code(field.name), code(field.type?.text), code(field.default), cell(field.description)]);
  }
  const parts = [
    `### \`<${element.tagName}>\``,
    '',
    cell(element.summary),
    '',
    table(['attribute', 'property', 'type', 'default', 'description'], rows),
    '',
    table(
      ['event', 'description'],
      (element.events ?? []).map((e) => [code(e.name), cell(e.description)]),
    ),
    '',
    table(
      ['slot', 'description'],
      (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
    '',
    table(
      ['part', 'description'],
      (element.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
    '',
    table(
      ['custom property', 'description'],
      (element.cssProperties ?? []).map((p) => [code(p.name), cell(p.description)]),
    ),
  ];
  return parts.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

/** The whole generated section, as it stands between the README's api markers. */
export function renderApi(manifest) {
  const notice = '<!-- Generated from custom-elements.json by `npm run docs`; edit the JSDoc, not this. -->';
  return [notice, ...elementsOf(manifest).map(renderElement)].join('\n\n');
}

export const API_START = '<!-- api:start -->';
export const API_END = '<!-- api:end -->';

/** The section currently between the markers of a README. */
export function apiSectionOf(readme) {
  const start = readme.indexOf(API_START);
  const end = readme.indexOf(API_END);
  if (start < 0 || end < start) return undefined;
  return readme.slice(start + API_START.length, end).trim();
}
