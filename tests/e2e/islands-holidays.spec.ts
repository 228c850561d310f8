import { test, expect } from './fixtures.ts';

/** Holidays added by hand: kept in the browser and in the link, named as the reader's, shared by both working-day tools. */

test('hari libur tambahan: dilewati tenggat, disebut sebagai tambahan, ikut ke kalender dan tautan', async ({ page }) => {
	await page.goto('/alat/tenggat-hari-kerja/?diterima=2026-12-30&jenis=lainnya&hari=2');
	const field = page.getByRole('textbox', { name: /Hari libur atau cuti bersama tambahan/ });
	await field.fill('2027-01-01 Tahun Baru Masehi');
	const result = page.getByRole('region', { name: 'Hasil' });
	await expect(result.locator('.tool__figure')).toHaveText('Senin, 4 Januari 2027');
	await expect(result).toContainText('berasal dari tambahan Anda');
	await expect(page.getByRole('row', { name: /Jumat, 1 Jan 2027/ })).toContainText('Tahun Baru Masehi (tambahan Anda)');
	expect(new URL(page.url()).searchParams.get('libur-tambahan')).toBe('2027-01-01 Tahun Baru Masehi');

	await field.press('Tab');
	await page.goto('/alat/kalender-konten/?mulai=2026-12-28&selesai=2027-01-03&platform=facebook&per-facebook=5&campuran=80-20');
	await expect(page.getByRole('textbox', { name: /Hari libur atau cuti bersama tambahan/ })).toHaveValue('2027-01-01 Tahun Baru Masehi');
	await expect(page.getByRole('region', { name: 'Hasil' })).toContainText('Jumat, 1 Januari 2027 — Tahun Baru Masehi (tambahan Anda)');

	await page.getByRole('textbox', { name: /Hari libur atau cuti bersama tambahan/ }).fill('0027-01-01 Tahun Baru');
	await expect(page.getByText(/tahun 0027 di luar rentang 2000–2100/)).toBeVisible();
});

test('momen pada hari tanpa unggahan bisa diberi unggahan', async ({ page }) => {
	await page.goto('/alat/kalender-konten/?mulai=2026-11-02&selesai=2026-11-15&platform=facebook&per-facebook=5&campuran=80-20');
	await page.getByRole('textbox', { name: /Tanggal penting instansi/ }).fill('2026-11-15 Hari Jadi Kabupaten Contoh');
	const topic = page.getByRole('textbox', { name: 'Topik untuk Facebook Minggu 15 November 2026' });
	await expect(topic).toHaveCount(0);
	await page.getByRole('button', { name: 'Tambah unggahan Facebook pada hari ini' }).click();
	await expect(topic).toBeFocused();
	await topic.fill('Ucapan Hari Jadi');
	await page.reload();
	await expect(topic).toHaveValue('Ucapan Hari Jadi');
	await expect(page.getByRole('row', { name: /Minggu, 15 Nov/ })).toContainText('Unggahan tambahan untuk momen');
});
