/**
 * HTML building blocks for the policy site: escaping and the shared page
 * layout (skip link, header with the search box, navigation, footer). Pages
 * are plain strings so the build needs no template engine.
 */

/** Escapes text for HTML content and attribute values. */
export function esc(text: unknown): string {
  return String(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A stable, URL-safe anchor id from any text. */
export function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'section'
  );
}

export interface PageOptions {
  title: string;
  /** Path of the page from the site root, e.g. `rules/x.html`; sets relative links. */
  path: string;
  body: string;
  /** Which client script features the page needs (`search`, `try`, `deadlines`). */
  scripts?: boolean;
  description?: string;
  /** The search box in the header; left out where the page has its own (home, find), so there is one search per page. */
  headerSearch?: boolean;
}

const NAV: { href: string; label: string }[] = [
  { href: 'index.html', label: 'Home' },
  { href: 'find.html', label: 'Find' },
  { href: 'rules.html', label: 'Rules' },
  { href: 'try/index.html', label: 'Try a case' },
  { href: 'deadlines.html', label: 'Deadlines' },
  { href: 'coverage.html', label: 'Source coverage' },
  { href: 'interpretations.html', label: 'Interpretations' },
];

/** The relative prefix from a page back to the site root ('' or '../'). */
export function rootOf(path: string): string {
  return '../'.repeat(path.split('/').length - 1);
}

export function page(options: PageOptions): string {
  const root = rootOf(options.path);
  const nav = NAV.map((n) => {
    const current = n.href === options.path ? ' aria-current="page"' : '';
    return `<li><a href="${root}${n.href}"${current}>${esc(n.label)}</a></li>`;
  }).join('');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'">
<title>${esc(options.title)} · Luton safeguarding rules</title>
${options.description ? `<meta name="description" content="${esc(options.description)}">` : ''}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${root}assets/site.css">
</head>
<body data-root="${esc(root)}">
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
<div class="wrap">
<p class="site-name"><a href="${root}index.html">Luton safeguarding rules</a></p>
${
  options.headerSearch === false
    ? ''
    : `<form class="site-search" role="search" action="${root}find.html" method="get">
<label for="site-search-q">Search rules, indicators and timescales</label>
<input id="site-search-q" name="q" type="search" autocomplete="off">
<button type="submit">Search</button>
</form>`
}
</div>
<nav aria-label="Main"><ul class="wrap">${nav}</ul></nav>
</header>
<main id="main" class="wrap" tabindex="-1">
${options.body}
</main>
<footer class="site-footer"><div class="wrap">
<p>Built from the luton-safeguarding-rules library: every rule, indicator and timescale here comes from the library itself. The library advises; decisions stay with the practitioners and managers the guidance names.</p>
</div></footer>
${options.scripts ? `<script src="${root}assets/site-data.js"></script>\n<script src="${root}assets/app.js"></script>` : ''}
</body>
</html>
`;
}
