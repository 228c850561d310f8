import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures.ts';
import { sitemapPaths } from './sitemap.ts';
import { searchSite } from './search-helpers.ts';
import { unzipSync, strFromU8 } from 'fflate';

/**
 * The Content-Security-Policy holds on every page and in the main interactive flows. The guard in
 * fixtures.ts fails a test on any violation; these tests make sure the pages and flows are visited.
 */

test.describe('setiap halaman', () => {
	// The worker is tested in offline.spec.ts; here it would only add its cache to each visit.
	test.use({ serviceWorkers: 'block' });

	test('setiap halaman di peta situs membawa kebijakan CSP yang ketat dan tidak memuat skrip sebaris', async ({ page }) => {
		test.setTimeout(240_000);
		const paths = sitemapPaths();
		expect(paths.length).toBeGreaterThan(50);
		for (const path of paths) {
			const response = await page.goto(path, { waitUntil: 'load' });
			expect(response?.status(), path).toBe(200);
			const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
			expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval';/);
			const inline = await page.locator('script:not([src])').evaluateAll((scripts) =>
				scripts.filter((s) => !/json/.test(s.getAttribute('type') ?? '')).length,
			);
			expect(inline, `${path}: inline scripts`).toBe(0);
		}
	});
});

test('pencarian, alat hitung, penentu tingkat krisis dan tampilan cetak berjalan tanpa pelanggaran CSP', async ({ page }) => {
	await page.goto('/krisis/');
	expect((await searchSite(page, 'akun diretas')).length).toBeGreaterThan(0);

	await page.goto('/alat/engagement/');
	await page.getByRole('textbox', { name: 'Reaksi atau suka' }).fill('2.000');
	await page.getByRole('textbox', { name: 'Komentar' }).fill('245');
	await page.getByRole('textbox', { name: 'Dibagikan' }).fill('60');
	await page.getByRole('textbox', { name: 'Disimpan' }).fill('40');
	await page.getByRole('textbox', { name: 'Jangkauan (reach)' }).fill('48.000');
	await page.getByRole('button', { name: 'Hitung' }).click();
	await expect(page.getByRole('region', { name: 'Hasil' })).toContainText('4,9%');

	await page.goto('/krisis/tingkat-krisis/?skenario=hoaks-viral&sebaran=meluas&sentimen=negatif&pejabat=tidak&dampak=layanan&media=belum&hukum=tidak');
	await expect(page.getByRole('region', { name: /^Hasil:/ })).toBeVisible();

	await page.emulateMedia({ media: 'print' });
	await page.goto('/cetak/');
	await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
});

test('penyusun SOP mengunduh DOCX dan templat balasan disalin tanpa pelanggaran CSP', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	page.on('dialog', (dialog) => dialog.accept());
	await page.goto('/sop/penyusun/?dari=penanganan-pengaduan');
	await page.getByLabel('Nama instansi').fill('Pemerintah Kabupaten Contoh');
	await page.getByLabel('Nama unit kerja').fill('Dinas Komunikasi dan Informatika');
	await page.getByLabel('Nomor SOP').fill('800/12/SOP-MEDSOS/2026');
	await page.getByLabel('Tanggal pembuatan').fill('2026-11-02');
	await page.getByLabel('Tanggal efektif').fill('2026-12-01');
	await page.getByLabel('Jabatan pengesah').fill('Kepala Dinas Komunikasi dan Informatika');
	await page.getByLabel('Nama pengesah').fill('Budi Contoh, S.Sos.');
	await page.getByLabel('NIP pengesah').fill('19800101 200501 1 001');
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Unduh DOCX' }).click();
	const file = readFileSync((await (await downloading).path())!);
	const xml = strFromU8(unzipSync(new Uint8Array(file))['word/document.xml']!);
	expect(xml).toContain('Pemerintah Kabupaten Contoh');

	await page.goto('/templat/pengaduan/');
	const template = page.getByRole('region').filter({ has: page.getByRole('button', { name: 'Salin teks' }) }).first();
	for (const field of await template.getByRole('textbox').all()) await field.fill('Kak Rina');
	await template.getByRole('button', { name: 'Salin teks' }).click();
	await expect(template.getByRole('status')).toHaveText(/disalin/i);
	await expect.poll(async () => (await page.evaluate(() => navigator.clipboard.readText())).length).toBeGreaterThan(20);
});
