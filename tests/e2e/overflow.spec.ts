import { test, expect } from './fixtures.ts';
import { sitemapPaths } from './sitemap.ts';

/**
 * No page is wider than the screen: at 320, 375 and 768 px every page of the sitemap must fit
 * its viewport (a page that pans sideways clips the menu button and the text). One page per
 * width visits every path; the failure names each page with the elements that stick out.
 */
const pages = sitemapPaths();

for (const width of [320, 375, 768]) {
	test(`tidak ada halaman yang lebih lebar dari layar ${width} px`, async ({ page }) => {
		test.setTimeout(pages.length * 3_000 + 30_000);
		expect(pages.length).toBeGreaterThan(3);
		await page.setViewportSize({ width, height: 800 });
		const wide: string[] = [];
		for (const path of pages) {
			await page.goto(path);
			const found = await page.evaluate(() => {
				const root = document.documentElement;
				if (root.scrollWidth <= root.clientWidth) return null;
				// Name the widest culprits: elements whose right edge passes the viewport.
				const culprits = [...document.body.querySelectorAll<HTMLElement>('*')]
					.filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1 && el.getClientRects().length > 0)
					.filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= root.clientWidth + 1)
					.slice(0, 3)
					.map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`);
				return `${root.scrollWidth} px (${culprits.join(', ')})`;
			});
			if (found) wide.push(`${path}: ${found}`);
		}
		expect(wide, `halaman lebih lebar dari ${width} px`).toEqual([]);
	});
}
