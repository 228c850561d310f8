import { test, expect } from './fixtures.ts';
import { pdfOutlineTitles, pdfPageCount } from './pdf.ts';

test('halaman cetak memuat semua bab pedoman berurutan dan PDF-nya lengkap', async ({ page }) => {
	test.setTimeout(120_000);
	// The chapters, in sidebar order, as the sidebar of a guideline page lists them.
	await page.goto('/pedoman/prinsip-etika/');
	const sidebar = page.getByRole('navigation', { name: 'Utama' });
	const pedomanGroup = sidebar.locator('details, li').filter({ has: page.getByText('Pedoman', { exact: true }) }).first();
	const hrefs = await pedomanGroup.locator('a[href^="/pedoman/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	const titles = await pedomanGroup.locator('a[href^="/pedoman/"]').allTextContents();
	expect(hrefs.length).toBeGreaterThanOrEqual(30);

	await page.goto('/cetak/');
	const toc = page.getByRole('navigation', { name: 'Daftar isi' });
	const tocTitles = (await toc.getByRole('link').allTextContents()).map((t) => t.trim());
	expect(tocTitles).toEqual(titles.map((t) => t.trim()));

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('banner')).toBeHidden();
	const pdf = await page.pdf({ format: 'A4', outline: true, tagged: true });
	const pages = pdfPageCount(pdf);
	// Every chapter starts on a new page; 35 chapters of 700–1,300 words come to roughly 2–5 pages each.
	expect(pages).toBeGreaterThanOrEqual(hrefs.length * 2);
	expect(pages).toBeLessThanOrEqual(hrefs.length * 8);
	// Chromium drops the space where a long heading wraps, so compare without white space.
	const squash = (t: string) => t.replace(/\s+/g, '');
	const outline = pdfOutlineTitles(pdf).map(squash);
	for (const title of tocTitles) expect(outline, `bab "${title}" di PDF`).toContain(squash(title));
});

test('halaman biasa dicetak tanpa navigasi dan dengan alamat tautan tertulis', async ({ page }) => {
	await page.goto('/pedoman/interaksi/pengaduan-masyarakat/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('banner')).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Utama' })).toBeHidden();
	const link = page.locator('.sl-markdown-content a[href^="/"]').first();
	const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toContain(await link.getAttribute('href'));
});
