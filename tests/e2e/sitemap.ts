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
