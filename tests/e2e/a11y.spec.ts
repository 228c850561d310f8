import { test, expect } from './fixtures.ts';
import { SITE_CHROME, expectAccessible, setTheme } from './axe.ts';
import { NARROW_WIDTHS, overflow } from './overflow.ts';
import { expectChapterStructure, isChapter } from './chapter.ts';
import { interactivePaths, representatives, sitemapPaths } from './sitemap.ts';

/**
 * Every page of the built site, loaded once:
 * - axe (WCAG 2.2 AA) in the light theme at desktop width, on every page;
 * - the dark theme and a 375 px phone on one page of each kind (home, each section's start page,
 *   each section's pages) and on every page with an interactive island of its own, where states
 *   and colours differ most. The dark pass runs the colour rules (the page's structure, names and
 *   roles were just scanned); the phone pass runs everything, since layout changes what is shown;
 * - no horizontal overflow at 768, 375 and 320 px (a page that pans sideways clips the menu
 *   button and the text);
 * - on guideline chapters, the chapter's structure (chapter.ts).
 * Theme and width change in place, as a reader's theme switch or phone rotation would. The site
 * chrome (header, sidebar, page end) is scanned in full on the representative pages only; the
 * printable book (/cetak/) repeats every chapter and is scanned once.
 */
const pages = sitemapPaths();
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
	const chapter = isChapter(path) ? ', struktur bab' : '';
	test(`axe WCAG 2.2 AA (${variants}), tanpa geser ke samping${chapter}: ${path}`, async ({ page }) => {
		// The printable book holds every chapter; axe needs longer there.
		if (path === BOOK) test.setTimeout(180_000);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(path);
		if (chapter) await expectChapterStructure(page);
		const exclude = kinds.has(path) ? [] : SITE_CHROME;
		await setTheme(page, 'light');
		await expectAccessible(page, 'terang', { exclude });
		if (deep.has(path)) {
			await setTheme(page, 'dark');
			await expectAccessible(page, 'gelap', { exclude, colours: true });
			await setTheme(page, 'light');
		}
		const wide: string[] = [];
		for (const width of NARROW_WIDTHS) {
			await page.setViewportSize({ width, height: 812 });
			const found = await overflow(page);
			if (found) wide.push(`${width} px: ${found}`);
			if (width === 375 && deep.has(path)) await expectAccessible(page, 'ponsel 375 px', { exclude });
		}
		expect(wide, 'halaman lebih lebar dari layar').toEqual([]);
	});
}
