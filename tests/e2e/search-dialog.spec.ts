import { test, expect } from './fixtures.ts';
import { wcag } from './axe.ts';
import { resultList, resultPaths, searchSite } from './search-helpers.ts';

/**
 * The search dialog as a reader uses it: results as an ordered list of links, help outside the
 * list when nothing (or only part of the query) is found, clean excerpts, filters, keyboard.
 * Relevance itself is measured by search-relevance.spec.ts.
 */

test('tanpa hasil: status jelas, daftar kosong, bantuan dan tautan ke Krisis dan Templat di luar daftar', async ({ page }) => {
	await page.goto('/mulai/cara-menggunakan/');
	await searchSite(page, 'qzxv zzqx');
	const dialog = page.getByRole('dialog', { name: 'Cari' });
	await expect(dialog.getByRole('status')).toHaveText('Tidak ada hasil untuk “qzxv zzqx”.');
	await expect(resultList(page).getByRole('listitem')).toHaveCount(0);
	await expect(dialog.getByText(/Coba kata lebih sedikit/)).toBeVisible();
	await dialog.getByRole('link', { name: 'Pusat krisis' }).click();
	await expect(page).toHaveURL('/krisis/');
	await expect(page.getByRole('dialog', { name: 'Cari' })).toBeHidden();
});

test('hasil sebagian: "Maksud Anda" mengusulkan kata situs dan menjalankannya', async ({ page }) => {
	await page.goto('/');
	await searchSite(page, 'hoax qzxv');
	const dialog = page.getByRole('dialog', { name: 'Cari' });
	// Pages match part of the query; they are listed, and the help sits after the list.
	expect((await resultPaths(page)).length).toBeGreaterThan(0);
	const suggestion = dialog.getByRole('button', { name: 'hoaks', exact: true });
	await expect(suggestion).toBeVisible();
	await suggestion.click();
	await expect(dialog.getByRole('searchbox')).toHaveValue('hoaks');
	await expect(dialog.getByRole('status')).toHaveText(/^\d+ hasil untuk “hoaks”\.$/);
	expect((await resultPaths(page)).slice(0, 3)).toContain('/krisis/hoaks-viral/');
});

test('kutipan hanya berisi teks halaman: tanpa label jenis, tanggal tinjauan atau alias', async ({ page }) => {
	await page.goto('/');
	for (const query of ['instagram', 'akun diretas', 'templat kritik', 'laporan bulanan']) {
		await searchSite(page, query);
		// The list appears first; each result's excerpt follows once its page data has loaded.
		const items = resultList(page).locator(':scope > li');
		await expect(items.locator(':scope > p')).toHaveCount(await items.count());
		const excerpts = await items.locator(':scope > p').allTextContents();
		expect(excerpts.length, query).toBeGreaterThan(0);
		for (const text of excerpts) {
			expect(text, query).not.toMatch(/Terakhir ditinjau|⟦|⟧|(Pedoman|Krisis|Templat|SOP|Alat|Referensi)(Pelaksanaan|Perencanaan|Pemantauan|Evaluasi|Saat krisis|Sebelum krisis|Sesudah krisis)/);
		}
	}
});

test('saringan Jenis dan Tahap mempersempit hasil, dan melepasnya mengembalikan semua', async ({ page }) => {
	await page.goto('/');
	const all = await searchSite(page, 'komentar');
	const dialog = page.getByRole('dialog', { name: 'Cari' });
	await dialog.getByText(/^Saring/).click();
	const jenis = dialog.getByRole('group', { name: 'Jenis' });
	await jenis.getByLabel('Templat').check();
	await expect.poll(async () => (await resultPaths(page)).every((p) => p.startsWith('/templat/'))).toBe(true);
	expect((await resultPaths(page)).length).toBeGreaterThan(0);
	await jenis.getByLabel('Templat').uncheck();
	await dialog.getByRole('group', { name: 'Tahap' }).getByLabel('Saat krisis').check();
	// Crisis pages and the crisis SOP are the pages for "during a crisis".
	await expect.poll(async () => (await resultPaths(page)).every((p) => p.startsWith('/krisis/') || p.startsWith('/sop/'))).toBe(true);
	await dialog.getByRole('group', { name: 'Tahap' }).getByLabel('Saat krisis').uncheck();
	await expect.poll(async () => (await resultPaths(page)).length).toBe(all.length);
});

test('papan ketik: Ctrl+K membuka, panah ke hasil, Enter membuka halaman; dialog lolos axe', async ({ page }) => {
	await page.goto('/referensi/sumber/');
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog', { name: 'Cari' });
	await expect(dialog.getByRole('searchbox')).toBeFocused();
	await page.keyboard.type('kalkulator engagement');
	await expect(resultList(page).getByRole('listitem').first()).toBeVisible();
	const { violations } = await wcag(page).include('dialog').analyze();
	expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
	await page.keyboard.press('ArrowDown');
	const first = (await resultPaths(page))[0]!;
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(first);
});
