import { test, expect } from './fixtures.ts';
import { sitemapPaths } from './sitemap.ts';

/**
 * Structure every guideline chapter must have, whatever it says: a title, sections of its own,
 * judgement pairs labelled in words, sources, and a review date that is a real date in the past.
 * The chapters come from the built sitemap, so a new chapter is checked without editing this file.
 */
const chapters = sitemapPaths().filter((p) => p.startsWith('/pedoman/') && p !== '/pedoman/');

test('peta situs memuat bab pedoman', () => {
	expect(chapters.length).toBeGreaterThanOrEqual(30);
});

for (const path of chapters) {
	test(`${path}: judul, bagian, Lakukan/Hindari, rujukan, dan tanggal tinjauan`, async ({ page }) => {
		await page.goto(path);
		const main = page.getByRole('main');
		await expect(main.getByRole('heading', { level: 1 })).toHaveCount(1);
		await expect(main.getByRole('heading', { level: 1 })).not.toHaveText('');

		// At least three sections of the page's own (the automatic "Rujukan" list does not count).
		const sections = main.locator('.sl-markdown-content').getByRole('heading', { level: 2 }).filter({ hasNotText: /^Rujukan$/ });
		expect(await sections.count()).toBeGreaterThanOrEqual(3);
		await expect(main.getByRole('heading', { level: 2, name: 'Rujukan' })).toBeVisible();

		// A judgement pair shows both halves, each labelled in words.
		const pair = main.getByRole('group', { name: /^Lakukan dan hindari/ }).first();
		await expect(pair).toBeVisible();
		await expect(pair.getByText('Lakukan', { exact: true })).toBeVisible();
		await expect(pair.getByText('Hindari', { exact: true })).toBeVisible();

		// "Terakhir ditinjau <tanggal>": a valid date, not in the future.
		const reviewed = main.locator('.page-meta time');
		await expect(reviewed).toBeVisible();
		const iso = (await reviewed.getAttribute('datetime')) ?? '';
		expect(iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		const date = new Date(`${iso}T00:00:00Z`);
		expect(Number.isNaN(date.getTime())).toBe(false);
		expect(date.getTime()).toBeLessThanOrEqual(Date.now());
		await expect(main.locator('.page-meta')).toContainText(/Terakhir ditinjau \d{1,2} \p{L}+ \d{4}/u);
	});
}

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
