import { test, expect } from './fixtures.ts';
import { SITE_CHROME, expectAccessible, setTheme } from './axe.ts';
import { interactivePaths, representatives, sitemapPaths } from './sitemap.ts';

/**
 * axe (WCAG 2.2 AA) over the whole built site. Every page in the sitemap is scanned once in the
 * light theme at desktop width. The dark theme and a 375 px phone are scanned on one page of each
 * kind (home, each section's start page, each section's pages) and on every page with an
 * interactive island, where states and colours differ most; the printable book (/cetak/) once.
 * The site chrome (header, sidebar, page end) is scanned on the representative pages only. Each page is loaded once: theme and
 * width change in place, as a reader's theme switch or phone rotation would.
 */
const pages = sitemapPaths();
/** The printable book repeats every chapter (each scanned on its own page): one scan is enough. */
const BOOK = '/cetak/';
const kinds = new Set(representatives(pages));
const deep = new Set([...kinds, ...interactivePaths(pages)].filter((p) => p !== BOOK));

// The service worker is tested on its own (offline.spec.ts); here it would only add work.
test.use({ serviceWorkers: 'block' });

test('peta situs memuat halaman', () => {
	expect(pages.length).toBeGreaterThan(3);
});

for (const path of pages) {
	const variants = deep.has(path) ? 'terang, gelap, ponsel 375 px' : 'terang';
	test(`axe WCAG 2.2 AA: ${path} (${variants})`, async ({ page }) => {
		// The printable book holds every chapter; axe needs longer there.
		if (path === BOOK) test.setTimeout(180_000);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(path);
		// The chrome (header, sidebar, page end) is scanned in full on one page of each kind.
		const scan = { exclude: kinds.has(path) ? [] : SITE_CHROME };
		await setTheme(page, 'light');
		await expectAccessible(page, 'terang', scan);
		if (!deep.has(path)) return;
		await setTheme(page, 'dark');
		await expectAccessible(page, 'gelap', scan);
		await setTheme(page, 'light');
		await page.setViewportSize({ width: 375, height: 812 });
		await expectAccessible(page, 'ponsel 375 px', scan);
	});
}
