import { test, expect } from './fixtures.ts';
import { searchSite, resultList, resultPaths } from './search-helpers.ts';

test.describe('beranda', () => {
	test('empat pintu membawa ke halaman yang dijanjikan', async ({ page }) => {
		const doors: [string, string, RegExp][] = [
			['Baca pedoman', '/pedoman/prinsip-etika/', /Prinsip/],
			['Unduh SOP', '/sop/', /SOP/],
			['Sedang krisis?', '/krisis/', /krisis/i],
			['Alat hitung', '/alat/', /Alat/],
		];
		for (const [name, path, heading] of doors) {
			await page.goto('/');
			const nav = page.getByRole('navigation', { name: 'Pintu utama' });
			await nav.getByRole('link', { name: new RegExp(`^${name.replace('?', '\\?')}`) }).click();
			await expect(page).toHaveURL(path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		}
	});

	test('kotak cari di beranda membuka pencarian dengan kata yang diketik', async ({ page }) => {
		await page.goto('/');
		await page.getByLabel('Cari panduan, SOP, templat, atau langkah krisis').fill('glosarium');
		await page.getByRole('button', { name: 'Cari', exact: true }).last().click();
		await expect(resultList(page).getByRole('listitem').first()).toBeVisible();
		expect(await resultPaths(page)).toContain('/referensi/glosarium/');
	});

	test('tautan Krisis ada di kepala setiap halaman', async ({ page }) => {
		for (const path of ['/', '/referensi/dasar-hukum/', '/mulai/cara-menggunakan/']) {
			await page.goto(path);
			await page.getByRole('banner').getByRole('link', { name: 'Krisis' }).click();
			await expect(page).toHaveURL('/krisis/');
		}
	});
});

test.describe('pencarian', () => {
	test('menemukan bentuk kata lain berkat stemmer bahasa Indonesia', async ({ page }) => {
		await page.goto('/referensi/glosarium/');
		await searchSite(page, 'mengevaluasi');
		// The excerpts fill in after the ranked list shows; they highlight the stem's other forms, e.g. "evaluasi".
		await expect
			.poll(async () => (await resultList(page).locator('mark').allTextContents()).map((m) => m.toLowerCase()))
			.toContain('evaluasi');
	});

	test('dialog pencarian berbahasa Indonesia dan saringan jenis mempersempit hasil', async ({ page }) => {
		await page.goto('/mulai/cara-menggunakan/');
		const all = await searchSite(page, 'peraturan');
		const dialog = page.getByRole('dialog', { name: 'Cari' });
		await expect(dialog.getByRole('status')).toHaveText(/hasil untuk “peraturan”/);
		await dialog.getByText(/^Saring/).click();
		await dialog.getByRole('group', { name: 'Jenis' }).getByLabel('Referensi').check();
		await expect.poll(async () => (await resultPaths(page)).every((p) => p.startsWith('/referensi/'))).toBe(true);
		const filtered = await resultPaths(page);
		expect(filtered.length).toBeGreaterThan(0);
		expect(filtered.length).toBeLessThan(all.length);
	});
});
