/**
 * Content added for 2027: the fake-account playbook (from the crisis centre, through the triage,
 * to its holding statement), the everyday templates, and the glossary's chosen terms.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const FAKE = 'Akun palsu atas nama instansi atau pimpinan';
const templateSection = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

test('akun palsu: dari pusat krisis ke panduan, triase, dan hasil Tinggi untuk akun palsu pimpinan', async ({ page }) => {
	await page.goto('/krisis/');
	await page.getByRole('main').getByRole('link', { name: new RegExp(`^${FAKE}`) }).click();
	await expect(page).toHaveURL(/\/krisis\/akun-palsu\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(FAKE);
	await expect(page.getByRole('paragraph').filter({ hasText: 'Juga dikenal sebagai:' })).toContainText('akun palsu');
	await expect(page.getByRole('link', { name: 'aduankonten.id' }).first()).toHaveAttribute('href', 'https://aduankonten.id/');

	await page.getByRole('link', { name: 'Tentukan tingkatnya dengan triase' }).click();
	await expect(page).toHaveURL(/\/krisis\/tingkat-krisis\/\?skenario=akun-palsu$/);
	await expect(page.getByRole('group', { name: /Apa yang sedang terjadi/ }).getByRole('radio', { name: FAKE })).toBeChecked();

	await page.goto('/krisis/tingkat-krisis/?skenario=akun-palsu&sebaran=terbatas&sentimen=netral&pejabat=pimpinan&dampak=tidak&media=belum&hukum=tidak');
	const result = page.getByRole('region', { name: /^Hasil:/ });
	await expect(result.getByRole('heading', { level: 3 })).toHaveAccessibleName('Hasil: Tingkat 3 · Tinggi');
	await expect(result.getByRole('link', { name: `Buka panduan: ${FAKE}` })).toHaveAttribute('href', '/krisis/akun-palsu/');
});

test.describe('dengan clipboard', () => {
	test.beforeEach(async ({ context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	});

	test('pernyataan awal akun palsu: isi lalu salin versi X', async ({ page }) => {
		await page.goto('/krisis/pernyataan-awal/');
		const tpl = templateSection(page, 'Pernyataan awal: akun palsu atas nama instansi atau pimpinan');
		await tpl.getByLabel('Nama pengguna akun palsu dan platformnya').fill('Instagram @bupati.contoh.resmi');
		await tpl.getByLabel('Siapa yang ditiru').fill('Bupati Contoh');
		await tpl.getByLabel('Akun resmi yang asli').fill('@pemkabcontoh');
		await tpl.getByLabel('Untuk platform').selectOption('x');
		await tpl.getByRole('button', { name: 'Salin teks' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			'WASPADA: Instagram @bupati.contoh.resmi bukan akun Bupati Contoh. Akun resmi hanya @pemkabcontoh. Kami tidak meminta uang, data, atau OTP lewat DM. Bantu laporkan akun palsu itu.'
		);
	});

	test('templat jadwal layanan: isian mengisi pratinjau dan tersalin apa adanya', async ({ page }) => {
		await page.goto('/templat/jadwal-layanan/');
		const tpl = templateSection(page, 'Layanan tutup pada hari libur nasional atau cuti bersama');
		const preview = tpl.getByRole('figure', { name: 'Teks lengkap' });
		await expect(preview).toContainText('{nama_libur}');
		await tpl.getByLabel('Hari libur atau cuti bersama').fill('libur Tahun Baru 2027');
		await tpl.getByLabel('Layanan', { exact: true }).fill('Mal Pelayanan Publik');
		await tpl.getByLabel('Tanggal tutup').fill('1 Januari 2027');
		await tpl.getByLabel('Tanggal buka kembali').fill('Senin, 4 Januari 2027');
		await tpl.getByLabel('Jam buka').fill('08.00 WIB');
		await tpl.getByLabel('Alternatif selama libur').fill('layanan daring tetap berjalan');
		await expect(preview).not.toContainText('{');
		await tpl.getByRole('button', { name: 'Salin teks' }).click();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe((await preview.locator('[data-text-out]').textContent())!);
		expect(copied).toContain('Dalam rangka libur Tahun Baru 2027, layanan Mal Pelayanan Publik tutup pada 1 Januari 2027.');
	});
});

test('daftar templat memuat kelompok baru, dan glosarium menyebut istilah pilihan', async ({ page }) => {
	await page.goto('/templat/');
	for (const group of ['Ucapan hari besar dan hari nasional', 'Jadwal layanan dan penutupan', 'Undangan acara', 'Info layanan']) {
		await expect(page.getByRole('region', { name: group, exact: true }).getByRole('link', { name: `Buka halaman ${group}` })).toBeVisible();
	}
	await page.goto('/referensi/glosarium/');
	await expect(page.getByText('Pedoman ini menulis “Takarir”, bukan: teks film')).toBeVisible();
});
