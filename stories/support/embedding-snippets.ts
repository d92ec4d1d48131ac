// Code snippets for embedding.mdx, kept in a module: MDX strips the indentation of multi-line
// strings written inline in JSX. Kept in step with the README's "Embed" section.

export const cdn = `<!-- Module script: modern browsers, loads deferred. -->
<script type="module" src="https://unpkg.com/seutu-widgets@0.1/dist/seutu-widgets.js"></script>

<!-- …or a classic script, for templates that only allow those. -->
<script src="/assets/seutu-widgets/seutu-widgets.iife.js" defer></script>

<seutu-city-list layout="sentence" lang="sv">
  <!-- Shown before the script runs, and again if the feed cannot be loaded. -->
  <a href="https://www.seutukaupungit.fi">Regionstäderna</a>
</seutu-city-list>`;

export const elements = `<!-- A town's own site: its name marked, a search box, towns linked to their sites -->
<seutu-city-list current="ylivieska" searchable></seutu-city-list>

<!-- One region, as cards; headings per region at the page's next heading level -->
<seutu-city-list layout="grid" region="Pohjanmaa"></seutu-city-list>
<seutu-city-list group-by="region" heading-level="2" lang="en"></seutu-city-list>

<!-- The towns on a map of Finland, the current one marked -->
<seutu-city-map current="ylivieska"></seutu-city-map>

<!-- Projects: one card, or the ones a town takes part in -->
<seutu-project-card project="joustavat-koulutusmallit"></seutu-project-card>
<seutu-project-list city="ylivieska" layout="grid"></seutu-project-list>

<!-- The newest posts of any JSON Feed: src is required -->
<seutu-blog-teaser src="https://example.org/blog/feed.json" limit="3">
  <a href="https://example.org/blog/">Blogi</a>
</seutu-blog-teaser>`;

export const npmInstall = `npm install seutu-widgets`;

export const npmImport = `import 'seutu-widgets';                 // defines every element
import 'seutu-widgets/city-list.js';    // …or only the one you use (Lit is shared with your app)`;

export const wordpress = `add_action('wp_enqueue_scripts', function () {
  wp_enqueue_script('seutu-widgets', get_theme_file_uri('seutu-widgets/seutu-widgets.iife.js'),
    [], '0.1.0', ['strategy' => 'defer', 'in_footer' => true]);
});`;

export const drupal = `seutu-widgets:
  version: 0.1.0
  js:
    /libraries/seutu-widgets/seutu-widgets.js: { attributes: { type: module }, preprocess: false, minified: true }`;

export const staticSite = `<!doctype html>
<html lang="fi">
  <head>
    <script type="module" src="seutu-widgets/seutu-widgets.js"></script>
    <style>
      seutu-city-list:not(:defined) { display: block; min-height: 20em; }
      seutu-city-list[layout='sentence']:not(:defined) { min-height: 6em; }
    </style>
  </head>
  <body>
    <p>Seutukaupunkiverkostoon kuuluvat</p>
    <seutu-city-list layout="sentence">
      <a href="https://www.seutukaupungit.fi">Seutukaupunkiverkoston jäsenkaupungit</a>
    </seutu-city-list>
  </body>
</html>`;

export const csp = `Content-Security-Policy: script-src 'self'; connect-src 'self'; img-src 'self' https:; require-trusted-types-for 'script'`;

export const validate = `npx seutu-widgets validate data/seutu-feed.json                  # the network feed
npx seutu-widgets validate https://example.fi/feed.json --blog     # a JSON Feed`;
