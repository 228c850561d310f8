import { test, expect } from './fixtures.ts';
import { expectAccessible, setTheme } from './axe.ts';
import { isInteractive, representatives, sitemapPaths } from './sitemap.ts';

/**
 * axe (WCAG 2.2 AA) over the whole built site. Every page in the sitemap is scanned once in the
 * light theme at desktop width. The dark theme and a 375 px phone are scanned on one page of each
 * kind (home, each section's start page, each section's pages) and on every page with an
 * interactive island, where states and colours differ most; the printable book (/cetak/) once. Each page is loaded once: theme and
 * width change in place, as a reader's theme switch or phone rotation would.
 */
const pages = sitemapPaths();
/** The printable book repeats every chapter (each scanned on its own page): one scan is enough. */
const BOOK = '/cetak/';
const deep = new Set([...representatives(pages), ...pages.filter(isInteractive)].filter((p) => p !== BOOK));

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
		await setTheme(page, 'light');
		await expectAccessible(page, 'terang');
		if (!deep.has(path)) return;
		await setTheme(page, 'dark');
		await expectAccessible(page, 'gelap');
		await setTheme(page, 'light');
		await page.setViewportSize({ width: 375, height: 812 });
		await expectAccessible(page, 'ponsel 375 px');
	});
}
