import { test, expect } from './fixtures.ts';
import { sitemapPaths } from './sitemap.ts';
import { isChapter } from './chapter.ts';

/**
 * Every guideline chapter's structure (title, sections, Lakukan/Hindari, sources, review date)
 * is checked by the per-page sweep (a11y.spec.ts, with chapter.ts), in the same page load as its
 * accessibility scan. Here: that the chapters are there, and what only platform pages show.
 */
const chapters = sitemapPaths().filter(isChapter);

test('peta situs memuat bab pedoman', () => {
	expect(chapters.length).toBeGreaterThanOrEqual(30);
});

test('halaman platform menampilkan jenis "Pedoman" dan label platformnya di bawah judul', async ({ page }) => {
	const platforms = chapters.filter((p) => p.startsWith('/pedoman/platform/'));
	expect(platforms.length).toBeGreaterThanOrEqual(5);
	for (const path of platforms) {
		await page.goto(path);
		const tags = page.getByRole('main').locator('.page-meta .page-meta__tag');
		await expect(tags.filter({ hasText: /^Pedoman$/ })).toHaveCount(1);
		// Besides the type, at least one platform label (any of them: the names are the content's business).
		expect(await tags.count(), path).toBeGreaterThanOrEqual(2);
	}
});
