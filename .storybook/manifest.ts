// The one source for every element's docs in Storybook: custom-elements.json, generated from the
// classes' JSDoc by `cem analyze` (run by `npm run build` and `npm run docs`). Nothing here
// retypes a description; it only reshapes the manifest for Storybook and the docs pages.
import rawManifest from '../custom-elements.json';

export interface ManifestItem {
  name: string;
  description?: string;
  summary?: string;
  type?: { text?: string };
  default?: string;
  attribute?: string;
  fieldName?: string;
  reflects?: boolean;
  readonly?: boolean;
  static?: boolean;
  privacy?: 'public' | 'private' | 'protected';
  kind?: string;
}

export interface ElementDeclaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  summary?: string;
  description?: string;
  members?: ManifestItem[];
  attributes?: ManifestItem[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}

interface Manifest {
  schemaVersion: string;
  modules: { kind: string; path: string; declarations?: ElementDeclaration[]; exports?: unknown[] }[];
}

/**
 * `SeutuProjectCard` → `seutu-project-card`: the tag an element class is defined under (each
 * `define.ts` follows this rule). Used only where a class's JSDoc lacks `@tagname`, which the
 * analyzer needs because the elements register through `defineElement()`, not
 * `customElements.define()`.
 */
function tagFromClassName(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}

function isPublicField(member: ManifestItem): boolean {
  return (
    member.kind === 'field' &&
    !member.static &&
    (member.privacy ?? 'public') === 'public' &&
    !member.name.startsWith('#') &&
    !/@internal\b/.test(member.description ?? '')
  );
}

/** The manifest with every custom element tagged and only its public API kept. */
export const manifest: Manifest = (() => {
  const copy = structuredClone(rawManifest as unknown as Manifest);
  for (const module of copy.modules) {
    module.declarations = (module.declarations ?? []).map((declaration) => {
      if (!declaration.customElement) return declaration;
      return {
        ...declaration,
        tagName: declaration.tagName ?? tagFromClassName(declaration.name),
        members: (declaration.members ?? []).filter(isPublicField),
      };
    });
  }
  return copy;
})();

/** Every custom element in the manifest, sorted by tag. */
export const elements: ElementDeclaration[] = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName!.localeCompare(b.tagName!));

export function elementFor(tag: string): ElementDeclaration | undefined {
  return elements.find((element) => element.tagName === tag);
}

/** The public properties of an element, with the HTML attribute each one reads, if any. */
export function propertiesOf(tag: string): ManifestItem[] {
  return elementFor(tag)?.members ?? [];
}
