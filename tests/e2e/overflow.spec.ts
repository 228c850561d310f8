import { test, expect } from './fixtures.ts';
import { sitemapPaths } from './sitemap.ts';

/**
 * No page is wider than the screen: at 320, 375 and 768 px every page of the sitemap must fit
 * its viewport (a page that pans sideways clips the menu button and the text). One page visits
 * every path once and is resized to each width; the failure names each page and width with
 * the elements that stick out. The service worker is blocked: it would precache the whole site
 * on the first visit and slow every later one.
 */
const pages = sitemapPaths();
const WIDTHS = [320, 375, 768];

test.use({ serviceWorkers: 'block' });

test(`tidak ada halaman yang lebih lebar dari layar (${WIDTHS.join(', ')} px)`, async ({ page }) => {
	test.setTimeout(pages.length * 4_000 + 30_000);
	expect(pages.length).toBeGreaterThan(3);
	const wide: string[] = [];
	for (const path of pages) {
		await page.setViewportSize({ width: WIDTHS[0]!, height: 800 });
		await page.goto(path);
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 800 });
			const found = await page.evaluate(() => {
				const root = document.documentElement;
				if (root.scrollWidth <= root.clientWidth) return null;
				// Name the outermost elements whose right edge passes the viewport.
				const culprits = [...document.body.querySelectorAll<HTMLElement>('*')]
					.filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > root.clientWidth + 1)
					.filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= root.clientWidth + 1)
					.slice(0, 3)
					.map((el) => `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`);
				return `${root.scrollWidth} px (${culprits.join(', ')})`;
			});
			if (found) wide.push(`${path} @ ${width}: ${found}`);
		}
	}
	expect(wide, 'halaman lebih lebar dari layar').toEqual([]);
});
