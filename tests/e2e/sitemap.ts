import { readFileSync, existsSync } from 'node:fs';

/**
 * Paths of every page in the built sitemap (dist/sitemap-0.xml), read when the test file
 * loads, so each page becomes its own test. Empty when the site has not been built.
 */
export function sitemapPaths(): string[] {
	const file = 'dist/sitemap-0.xml';
	if (!existsSync(file)) return [];
	return [...readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
}
