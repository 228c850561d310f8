import { readFileSync, existsSync, globSync } from 'node:fs';

/**
 * Paths of every page of the built site, read when the test file loads, so each page becomes
 * its own test. From dist/sitemap-0.xml when the build had a SITE_URL; otherwise (no sitemap is
 * written then, rather than one pointing at localhost) from the built `index.html` files.
 * Empty when the site has not been built.
 */
export function sitemapPaths(): string[] {
	const file = 'dist/sitemap-0.xml';
	if (existsSync(file)) return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
	if (!existsSync('dist')) return [];
	return globSync('**/index.html', { cwd: 'dist' })
		.filter((path) => !path.startsWith('pagefind/'))
		.map((path) => `/${path.replace(/index\.html$/, '')}`)
		.sort();
}

/** The built HTML of a page path ('' when missing). */
function builtHtml(path: string): string {
	const file = `dist${path}${path.endsWith('/') ? 'index.html' : ''}`;
	return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

/**
 * The kind of a page, for picking one representative of each: the section (first path
 * segment, `beranda` for the home page), split into the section's start page and its pages.
 */
export function pageKind(path: string): string {
	const parts = path.split('/').filter(Boolean);
	if (parts.length === 0) return 'beranda';
	return parts.length === 1 ? `${parts[0]}:awal` : parts[0]!;
}

/** Paths whose built page contains the custom element `tag` (e.g. `pm-checklist`). */
export function pathsWithElement(paths: string[], tag: string): string[] {
	return paths.filter((p) => islands(p).has(tag));
}

/** The site's custom elements (`pm-…`) in a built page. */
function islands(path: string): Set<string> {
	return new Set([...builtHtml(path).matchAll(/<(pm-[a-z-]+)/g)].map((m) => m[1]!));
}

/**
 * Pages with an interactive island of their own (a tool, builder, checklist, template filler,
 * triage…). Elements found on most pages (search, feedback, share in the page chrome) do not
 * count: they are checked on every representative page anyway.
 */
export function interactivePaths(paths: string[]): string[] {
	const found = new Map(paths.map((p) => [p, islands(p)]));
	const seen = new Map<string, number>();
	for (const set of found.values()) for (const el of set) seen.set(el, (seen.get(el) ?? 0) + 1);
	const chrome = new Set([...seen].filter(([, n]) => n >= paths.length / 2).map(([el]) => el));
	return paths.filter((p) => [...found.get(p)!].some((el) => !chrome.has(el)));
}

/** The first page of each kind, in sitemap order. */
export function representatives(paths: string[]): string[] {
	const seen = new Set<string>();
	return paths.filter((p) => {
		const kind = pageKind(p);
		if (seen.has(kind)) return false;
		seen.add(kind);
		return true;
	});
}
