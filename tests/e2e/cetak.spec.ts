import { test, expect } from './fixtures.ts';
import { readPdf } from './pdf.ts';

test('halaman cetak memuat semua bab pedoman berurutan dan PDF-nya punya satu penanda per bab', async ({ page }) => {
	test.setTimeout(120_000);
	// The chapters, in sidebar order, as the sidebar of a guideline page lists them.
	await page.goto('/pedoman/prinsip-etika/');
	const sidebar = page.getByRole('navigation', { name: 'Utama' });
	const pedomanGroup = sidebar.locator('details, li').filter({ has: page.getByText('Pedoman', { exact: true }) }).first();
	const titles = (await pedomanGroup.locator('a[href^="/pedoman/"]').allTextContents()).map((t) => t.trim());
	expect(titles.length).toBeGreaterThanOrEqual(30);

	await page.goto('/cetak/');
	const toc = page.getByRole('navigation', { name: 'Daftar isi' });
	const tocTitles = (await toc.getByRole('link').allTextContents()).map((t) => t.trim());
	expect(tocTitles).toEqual(titles);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('banner')).toBeHidden();
	const pdf = await readPdf(await page.pdf({ format: 'A4', outline: true, tagged: true }), { text: false });
	// Every chapter starts on a new page; chapters of 700–1,300 words come to roughly 2–5 pages each.
	expect(pdf.pages).toBeGreaterThanOrEqual(titles.length * 2);
	expect(pdf.pages).toBeLessThanOrEqual(titles.length * 8);
	// A PDF reader shows each chapter exactly once among the bookmarks, in reading order.
	// Chromium drops the space where a long heading wraps, so compare without white space.
	const squash = (t: string) => t.replace(/\s+/g, '');
	const bookmarks = pdf.outlineTitles.map(squash);
	for (const title of tocTitles) expect(bookmarks.filter((b) => b === squash(title)), `penanda bab "${title}"`).toHaveLength(1);
	const positions = tocTitles.map((t) => bookmarks.indexOf(squash(t)));
	expect(positions).toEqual([...positions].sort((a, b) => a - b));
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

test('daftar isi halaman cetak membawa ke bab yang dipilih, juga bab terakhir', async ({ page }) => {
	await page.goto('/cetak/');
	const toc = page.getByRole('navigation', { name: 'Daftar isi' });
	const links = toc.getByRole('link');
	// Chapters off screen are laid out only when reached (content-visibility): the jump must still land on the chapter.
	for (const link of [links.last(), links.nth(Math.floor((await links.count()) / 2))]) {
		const title = (await link.textContent())!.trim();
		await link.click();
		await expect(page.getByRole('heading', { level: 2, name: title, exact: true })).toBeInViewport();
		await page.evaluate(() => window.scrollTo(0, 0));
	}
});

/** Chapter headings the printed summary must carry (they become the PDF's outline). */
const summaryChapters = [
	'Prinsip dan etika',
	'Perencanaan',
	'Tata kelola akun',
	'Konten',
	'Platform',
	'Interaksi dengan warga',
	'Evaluasi dan metrik',
	'Amplifikasi',
	'Hoaks',
	'Krisis',
	'Kesejahteraan admin',
];

test('ringkasan dicetak ke PDF A4 paling banyak dua halaman dan memuat semua bab', async ({ page }) => {
	await page.goto('/mulai/ringkasan/');
	await page.emulateMedia({ media: 'print' });
	// In print the site header is hidden and the chapters are still there.
	await expect(page.getByRole('banner')).toBeHidden();
	for (const chapter of summaryChapters) {
		await expect(page.getByRole('heading', { level: 2, name: chapter, exact: true })).toBeVisible();
	}
	const pdf = await readPdf(await page.pdf({ format: 'A4', outline: true, tagged: true }), { text: false });
	expect(pdf.pages).toBeGreaterThanOrEqual(1);
	expect(pdf.pages).toBeLessThanOrEqual(2);
	// The outline lists the headings that were actually laid out in the PDF.
	for (const chapter of summaryChapters) expect(pdf.outlineTitles, `bab "${chapter}" di PDF`).toContain(chapter);
});
