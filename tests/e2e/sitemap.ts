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

/** True when the built page has one of the site's interactive islands (custom elements `pm-…`). */
export function isInteractive(path: string): boolean {
	return /<pm-[a-z]/.test(builtHtml(path));
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
