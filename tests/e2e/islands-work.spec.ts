import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** Content calendar and weekly report: settings, frequency changes, imports and quick exits never lose typed work. */

const PLAN = '/alat/kalender-konten/?mulai=2026-12-07&selesai=2026-12-20&platform=facebook&per-facebook=2&campuran=80-20';
const topicBox = (page: Page, day: string) => page.getByRole('textbox', { name: `Topik untuk Facebook ${day} 2026` });

test('keluar cepat sesudah mengetik: topik tetap ada', async ({ page }) => {
	await page.goto(PLAN);
	await topicBox(page, 'Selasa 8 Desember').fill('Diketik lalu langsung pergi');
	await page.goto('/');
	await page.goto('/alat/kalender-konten/');
	await expect(topicBox(page, 'Selasa 8 Desember')).toHaveValue('Diketik lalu langsung pergi');
});

test('pengaturan terlalu panjang tidak membuang rencana dan topiknya', async ({ page }) => {
	await page.goto(PLAN);
	await topicBox(page, 'Selasa 8 Desember').fill('TOPIK YANG SUDAH DITULIS');
	const dates = page.getByRole('textbox', { name: /Tanggal penting instansi/ });
	await dates.fill('2026-12-01 Peringatan Hari Jadi ke-245 Kabupaten Contoh (HUT) – Apel, Upacara & Lomba/Bazar\n'.repeat(80));
	await expect(page.getByText(/Paling banyak 30 tanggal/)).toBeVisible();
	await page.goto('/');
	await page.goto('/alat/kalender-konten/');
	await expect(page.getByText(/Paling banyak 30 tanggal/)).toBeVisible();
	await dates.fill('2026-12-10 Hari Jadi Kabupaten Contoh');
	await expect(topicBox(page, 'Selasa 8 Desember')).toHaveValue('TOPIK YANG SUDAH DITULIS');
});

test('mengubah jumlah unggahan per minggu tidak menyembunyikan topik; CSV menetralkan rumus', async ({ page }) => {
	await page.goto(PLAN);
	await topicBox(page, 'Selasa 8 Desember').fill('=HYPERLINK("http://contoh.invalid","klik")');
	await topicBox(page, 'Kamis 10 Desember').fill('Jadwal layanan KTP-el');
	await page.getByRole('textbox', { name: /Unggahan Facebook per minggu/ }).fill('3');
	const orphans = page.getByRole('note').filter({ hasText: 'tidak punya jadwal lagi' });
	await expect(orphans).toContainText('2 topik');
	await expect(orphans).toContainText('Jadwal layanan KTP-el');
	await orphans.getByRole('button', { name: 'Pindahkan ke unggahan terdekat' }).click();
	await expect(orphans).toBeHidden();
	await expect(topicBox(page, 'Senin 7 Desember')).toHaveValue('=HYPERLINK("http://contoh.invalid","klik")');
	await expect(topicBox(page, 'Rabu 9 Desember')).toHaveValue('Jadwal layanan KTP-el');

	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV' }).click()]);
	const text = readFileSync(await csv.path(), 'utf8');
	expect(text).toContain(`;"'=HYPERLINK(""http://contoh.invalid"",""klik"")";`);
	expect(text).toContain(';Jadwal layanan KTP-el;');
});

test('membuka berkas rencana bertanya dulu dan mengunduh cadangan; UID momen tetap saat tanggal ditambah', async ({ page }) => {
	await page.goto(PLAN);
	await topicBox(page, 'Selasa 8 Desember').fill('TOPIK LAMA');
	const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan rencana (berkas)' }).click()]);
	const savedPath = await saved.path();
	const uids = async () => {
		const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh ICS (kalender)' }).click()]);
		return readFileSync(await ics.path(), 'utf8').match(/^UID:momen.*$/gm) ?? [];
	};
	const before = await uids();
	await page.getByRole('textbox', { name: /Tanggal penting instansi/ }).fill('2026-12-08 Hari Jadi Kabupaten Contoh');
	const after = await uids();
	expect(after.length).toBe(before.length + 1);
	for (const uid of before) expect(after).toContain(uid);

	await topicBox(page, 'Selasa 8 Desember').fill('TOPIK BARU');
	const open = page.getByLabel('Buka rencana tersimpan');
	page.once('dialog', (dialog) => {
		expect(dialog.message()).toContain('akan diganti');
		void dialog.dismiss();
	});
	await open.setInputFiles(savedPath);
	await expect(page.getByText('Rencana dari berkas tidak dibuka; rencana di peramban ini tidak berubah.')).toBeVisible();
	await expect(topicBox(page, 'Selasa 8 Desember')).toHaveValue('TOPIK BARU');

	page.once('dialog', (dialog) => void dialog.accept());
	const [backup] = await Promise.all([page.waitForEvent('download'), open.setInputFiles(savedPath)]);
	expect(readFileSync(await backup.path(), 'utf8')).toContain('TOPIK BARU');
	await expect(topicBox(page, 'Selasa 8 Desember')).toHaveValue('TOPIK LAMA');
});

test('laporan mingguan menyimpan CSV yang ditempel sebelum laporan dibuat, menyebut urutan tanggal, dan bertanya sebelum menghapus', async ({ page }) => {
	await page.goto('/alat/laporan-mingguan/');
	const csv = 'Publish time;Reach;Likes\n11/16/2026 10:00;1200;60\n11/17/2026 10:00;800;40\n';
	await page.getByLabel('Atau tempel isi CSV').fill(csv);
	await page.getByText('Angka minggu lalu (jika berkas hanya berisi satu minggu)').click();
	await page.getByLabel('Jangkauan minggu lalu').fill('50,000');
	await page.reload();
	await expect(page.getByLabel('Atau tempel isi CSV')).toHaveValue(csv);
	await expect(page.getByLabel('Jangkauan minggu lalu')).toHaveValue('50,000');
	await expect(page.getByText(/Tanggal dibaca sebagai bulan\/hari\/tahun/)).toBeVisible();
	await expect(page.getByRole('table', { name: 'Angka utama minggu ini dibanding minggu lalu' }).getByRole('row', { name: /^Jangkauan/ })).toContainText('50.000');

	page.once('dialog', (dialog) => void dialog.accept());
	const [backup] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hapus data' }).click()]);
	expect(readFileSync(await backup.path(), 'utf8')).toBe(csv);
	await expect(page.getByLabel('Atau tempel isi CSV')).toHaveValue('');
});

test('angka yang ditempel admin: 12,000 pengikut dibaca dua belas ribu', async ({ page }) => {
	await page.goto('/alat/engagement/');
	await page.getByRole('textbox', { name: 'Reaksi atau suka' }).fill('45');
	for (const name of ['Komentar', 'Dibagikan', 'Disimpan']) await page.getByRole('textbox', { name }).fill('0');
	await page.getByRole('textbox', { name: 'Jumlah pengikut' }).fill('12,000');
	await page.getByRole('button', { name: 'Hitung' }).click();
	await expect(page.getByRole('region', { name: 'Hasil' })).toContainText('0,38%');
});

test('berkas CSV lama (Windows-1252) dibaca dengan huruf beraksen utuh, dan halaman menyebutnya', async ({ page }) => {
	await page.goto('/alat/laporan-mingguan/');
	const latin1 = Buffer.from('tanggal;judul;jangkauan;suka\n2026-11-16;Caf\xe9 layanan;1000;50\n', 'latin1');
	await page.getByLabel('Unggah berkas CSV').setInputFiles({ name: 'lama.csv', mimeType: 'text/csv', buffer: latin1 });
	await expect(page.getByText(/bukan UTF-8, jadi dibaca sebagai Windows-1252/)).toBeVisible();
	await expect(page.getByRole('table', { name: 'Unggahan terbaik minggu ini' })).toContainText('Café layanan');
});
