import { readFileSync } from 'node:fs';
import { axeContent } from './axe.ts';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';


async function expectNoAxeViolations(page: Page, theme: 'light' | 'dark') {
	await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
	const results = await axeContent(page).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), theme).toEqual([]);
}

test.describe('tenggat hari kerja', () => {
	test('menghitung tenggat KIP melewati akhir pekan, dan tautan membuka hasil yang sama', async ({ page }) => {
		await page.goto('/alat/tenggat-hari-kerja/');
		await page.getByLabel('Tanggal diterima').fill('2026-11-23');
		await page.getByRole('radio', { name: /Permohonan informasi publik: jawaban tertulis/ }).check();
		const result = page.getByRole('region', { name: 'Hasil' });
		await expect(result.locator('.tool__figure')).toHaveText('Senin, 7 Desember 2026');
		await expect(result).toContainText('Hari kerja ke-10 jatuh pada Senin, 7 Desember 2026');
		const days = page.getByRole('table', { name: 'Hari demi hari dari Senin, 23 November 2026 sampai batas akhir' });
		await expect(days.getByRole('row', { name: /Sabtu, 28 Nov 2026/ })).toContainText('Dilewati: Sabtu');
		await expect(days.getByRole('row').last()).toHaveText(/Senin, 7 Des 2026\s*Hari kerja ke-10 — batas akhir/);

		const shared = page.url();
		expect(shared).toContain('diterima=2026-11-23');
		await page.goto('about:blank');
		await page.goto(shared);
		await expect(page.getByRole('region', { name: 'Hasil' }).locator('.tool__figure')).toHaveText('Senin, 7 Desember 2026');
		await expect(page.getByRole('radio', { name: /jawaban tertulis/ })).toBeChecked();
	});

	test('melewati cuti bersama dan libur Natal, memperingatkan tahun tanpa data', async ({ page }) => {
		await page.goto('/alat/tenggat-hari-kerja/?diterima=2026-12-18&jenis=lapor-tindak-lanjut');
		const result = page.getByRole('region', { name: 'Hasil' });
		await expect(result.locator('.tool__figure')).toHaveText('Selasa, 29 Desember 2026');
		const days = page.getByRole('table', { name: /^Hari demi hari/ });
		await expect(days.getByRole('row', { name: /Kamis, 24 Des 2026/ })).toContainText('Cuti bersama: Kelahiran Yesus Kristus');
		await expect(days.getByRole('row', { name: /Jumat, 25 Des 2026/ })).toContainText('Libur nasional: Kelahiran Yesus Kristus');
		await expect(page.getByText(/^Hari libur dan cuti bersama menurut Keputusan Bersama .* Nomor 1497 Tahun 2025/)).toBeVisible();
		await expect(result.getByRole('note')).toBeHidden();

		await page.getByRole('radio', { name: 'Jumlah hari kerja lain' }).check();
		await page.getByRole('textbox', { name: /^Jumlah hari kerja/ }).fill('10');
		await expect(result.locator('.tool__figure')).toHaveText('Rabu, 6 Januari 2027');
		await expect(result.getByRole('note')).toContainText('data hari libur tahun 2027 belum tersedia');
		// 2027 holds only the certain dates: New Year is skipped, the year is still flagged.
		await expect(days.getByRole('row', { name: /Jumat, 1 Jan 2027/ })).toContainText('Libur nasional: Tahun Baru 2027 Masehi');
		await expect(days.getByRole('row', { name: /Senin, 4 Jan 2027/ })).toContainText('Hari kerja ke-8 (data hari libur tahun ini belum ada)');
	});

	test('isian salah mendapat pesan di kolomnya', async ({ page }) => {
		await page.goto('/alat/tenggat-hari-kerja/');
		await page.getByRole('radio', { name: 'Jumlah hari kerja lain' }).check();
		await page.getByRole('textbox', { name: /^Jumlah hari kerja/ }).fill('2,5');
		await page.getByRole('button', { name: 'Hitung' }).click();
		await expect(page.getByText('Jumlah hari kerja harus bilangan bulat.')).toBeVisible();
		await expect(page.getByText('Tanggal diterima wajib diisi.')).toBeVisible();
		await expect(page.getByText('Hasil belum dapat dihitung. Perbaiki isian yang ditandai.')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Hasil' })).not.toContainText('NaN');
	});

	test('axe: tidak ada pelanggaran (terang dan gelap)', async ({ page }) => {
		test.slow(); // two full axe runs on a large page; the machine is shared
		await page.goto('/alat/tenggat-hari-kerja/?diterima=2026-12-21&jenis=kip');
		await expect(page.getByRole('region', { name: 'Hasil' }).locator('.tool__figure')).toHaveText('Kamis, 7 Januari 2027');
		await page.getByText(/^Tahun 2026:/).click();
		await expectNoAxeViolations(page, 'light');
		await expectNoAxeViolations(page, 'dark');
	});
});

test.describe('kalender konten', () => {
	async function fillPlan(page: Page) {
		await page.goto('/alat/kalender-konten/');
		await page.getByLabel('Tanggal mulai').fill('2026-11-02');
		await page.getByLabel('Tanggal selesai').fill('2026-11-15');
		await page.getByRole('checkbox', { name: 'Instagram' }).check();
		await page.getByRole('textbox', { name: /Unggahan Instagram per minggu/ }).fill('3');
		await page.getByRole('checkbox', { name: 'X (Twitter)' }).check();
		await page.getByRole('textbox', { name: /Unggahan X \(Twitter\) per minggu/ }).fill('7');
		await page.getByRole('radio', { name: /^80\/20/ }).check();
		await page.getByRole('textbox', { name: /Tanggal penting instansi/ }).fill('2026-11-12 Hari Jadi Kabupaten Contoh');
	}

	test('menyusun rencana, menyimpan suntingan, dan tautan membuka rencana yang sama', async ({ page }) => {
		await fillPlan(page);
		const result = page.getByRole('region', { name: 'Hasil' });
		await expect(result.locator('.tool__figure')).toHaveText('20 unggahan dalam 14 hari');
		await expect(result).toContainText('Instagram: 3 per minggu → 6 unggahan; X (Twitter): 7 per minggu → 14 unggahan');
		await expect(result).toContainText('Selasa, 10 November 2026 — Hari Pahlawan (hari nasional)');
		await expect(result).toContainText('Kamis, 12 November 2026 — Hari Jadi Kabupaten Contoh (momen instansi)');

		const plan = page.getByRole('table', { name: /Rencana unggahan 2–15 November 2026: 20 unggahan/ });
		await expect(plan.getByRole('row')).toHaveCount(1 + 2 + 20);
		await plan.getByRole('textbox', { name: 'Topik untuk Instagram Senin 2 November 2026' }).fill('Jadwal perekaman KTP-el');
		await plan.getByRole('combobox', { name: 'Pilar untuk Instagram Senin 2 November 2026' }).selectOption('Kegiatan dan capaian instansi');

		const shared = page.url();
		expect(shared).toContain('per-instagram=3');
		await page.waitForTimeout(400);
		await page.reload();
		await expect(page.getByRole('region', { name: 'Hasil' }).locator('.tool__figure')).toHaveText('20 unggahan dalam 14 hari');
		await expect(page.getByRole('textbox', { name: 'Topik untuk Instagram Senin 2 November 2026' })).toHaveValue('Jadwal perekaman KTP-el');
		await expect(page.getByRole('combobox', { name: 'Pilar untuk Instagram Senin 2 November 2026' })).toHaveValue('Kegiatan dan capaian instansi');

		// The shared link in a browser without stored data gives the same plan.
		const fresh = await page.context().browser()!.newPage({ baseURL: new URL(shared).origin });
		await fresh.goto(shared);
		await expect(fresh.getByRole('region', { name: 'Hasil' }).locator('.tool__figure')).toHaveText('20 unggahan dalam 14 hari');
		await expect(fresh.getByRole('textbox', { name: 'Topik untuk Instagram Senin 2 November 2026' })).toHaveValue('');
		await fresh.close();

		// A bare visit reopens the stored plan; "Hapus data" forgets it.
		await page.goto('/alat/kalender-konten/');
		await expect(page.getByRole('region', { name: 'Hasil' }).locator('.tool__figure')).toHaveText('20 unggahan dalam 14 hari');
		page.once('dialog', (dialog) => dialog.accept());
		await page.getByRole('button', { name: 'Hapus data' }).click();
		await expect(page.getByLabel('Tanggal mulai')).toHaveValue('');
		await expect(page.getByRole('table', { name: /Rencana unggahan/ })).toBeHidden();
		await page.goto('/alat/kalender-konten/');
		await expect(page.getByText('Isi kolom di atas untuk melihat hasilnya.')).toBeVisible();
	});

	test('unduhan ICS dan CSV memuat unggahan yang direncanakan', async ({ page }) => {
		const { parseIcs, unescapeIcsText } = await import('../../src/lib/calendar/ics.ts');
		const { parseCsv } = await import('../../src/lib/csv/csv.ts');
		await fillPlan(page);
		await page.getByRole('textbox', { name: 'Topik untuk X (Twitter) Selasa 10 November 2026' }).fill('Ucapan Hari Pahlawan; foto upacara, tanpa wajah anak');

		const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh ICS (kalender)' }).click()]);
		expect(ics.suggestedFilename()).toBe('kalender-konten-2026-11-02_2026-11-15.ics');
		const { calendar, components } = parseIcs(readFileSync(await ics.path(), 'utf8'));
		expect(calendar.props.VERSION!.value).toBe('2.0');
		const events = components.filter((c) => c.type === 'VEVENT');
		// Every planned post is an event, and so is every moment in the period (national days from the data, the agency's own).
		const posts = events.filter((e) => /^(Instagram|Facebook|X \(Twitter\)|TikTok|YouTube|WhatsApp|Situs web)/.test(unescapeIcsText(e.props.SUMMARY!.value)));
		expect(posts).toHaveLength(20);
		const moments = events.length - posts.length;
		expect(moments).toBeGreaterThanOrEqual(2);
		const pahlawan = events.find((e) => e.props.SUMMARY!.value.includes('Hari Pahlawan'))!;
		expect(pahlawan.props.DTSTART).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20261110' });
		const x = events.find((e) => e.props.DTSTART!.value === '20261110' && e.props.SUMMARY!.value.startsWith('X'))!;
		expect(unescapeIcsText(x.props.SUMMARY!.value)).toMatch(/^X \(Twitter\) · .+ — Ucapan Hari Pahlawan; foto upacara, tanpa wajah anak$/);
		await expect(page.getByRole('status').filter({ hasText: `Berkas ICS diunduh: ${events.length} acara sehari penuh.` })).toBeVisible();

		const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV' }).click()]);
		const text = readFileSync(await csv.path(), 'utf8');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		const parsed = parseCsv(text);
		if (!parsed.ok) throw new Error(parsed.error.message);
		expect(parsed.table.separator).toBe(';');
		expect(parsed.table.header).toEqual(['Tanggal', 'Hari', 'Platform', 'Pilar', 'Topik', 'Catatan']);
		expect(parsed.table.rows).toHaveLength(20);
		expect(parsed.table.rows.find((r) => r.cells[0] === '2026-11-10' && r.cells[2] === 'X (Twitter)')!.cells.slice(4)).toEqual([
			'Ucapan Hari Pahlawan; foto upacara, tanpa wajah anak',
			'Hari Pahlawan (hari nasional)',
		]);

		// "Simpan rencana" gives a file that "Buka rencana tersimpan" restores, topics included.
		const [saved] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan rencana (berkas)' }).click()]);
		const savedPath = await saved.path();
		page.once('dialog', (dialog) => dialog.accept());
		await page.getByRole('button', { name: 'Hapus data' }).click();
		await expect(page.getByRole('table', { name: /Rencana unggahan/ })).toBeHidden();
		await expect(page.locator('label').filter({ hasText: 'Buka rencana tersimpan' })).toBeVisible();
		await page.getByLabel('Buka rencana tersimpan').setInputFiles(savedPath);
		await expect(page.getByRole('region', { name: 'Hasil' }).locator('.tool__figure')).toHaveText('20 unggahan dalam 14 hari');
		await expect(page.getByRole('textbox', { name: 'Topik untuk X (Twitter) Selasa 10 November 2026' })).toHaveValue('Ucapan Hari Pahlawan; foto upacara, tanpa wajah anak');
		await page.getByLabel('Buka rencana tersimpan').setInputFiles({ name: 'lain.json', mimeType: 'application/json', buffer: Buffer.from('{"bukan":"rencana"}') });
		await expect(page.getByText('Berkas itu bukan rencana kalender konten dari situs ini.')).toBeVisible();
	});

	test('isian salah mendapat pesan di kolomnya', async ({ page }) => {
		await fillPlan(page);
		await page.getByRole('textbox', { name: /Unggahan Instagram per minggu/ }).fill('50');
		await expect(page.getByText('Unggahan Instagram per minggu paling besar 35.')).toBeVisible();
		await page.getByRole('textbox', { name: /Unggahan Instagram per minggu/ }).fill('3');
		await page.getByRole('radio', { name: /^Pilar instansi sendiri/ }).check();
		await page.getByRole('textbox', { name: 'Nama pilar 1' }).fill('Layanan');
		await page.getByRole('textbox', { name: /Persentase pilar 1/ }).fill('60');
		await page.getByRole('textbox', { name: 'Nama pilar 2' }).fill('Edukasi');
		await page.getByRole('textbox', { name: /Persentase pilar 2/ }).fill('30');
		await expect(page.getByText('Jumlah persentase semua pilar 90%; harus tepat 100%.')).toBeVisible();
		await expect(page.getByRole('table', { name: /Rencana unggahan/ })).toBeHidden();
		await page.getByRole('textbox', { name: /Persentase pilar 2/ }).fill('40');
		await expect(page.getByRole('region', { name: 'Hasil' })).toContainText('Layanan: 12 unggahan (60%; target 60%)');
		await page.getByLabel('Tanggal selesai').fill('2027-08-01');
		await expect(page.getByText(/Periode paling lama 184 hari/)).toBeVisible();
	});

	test('axe: tidak ada pelanggaran (terang dan gelap)', async ({ page }) => {
		test.slow(); // two full axe runs on a large page; the machine is shared
		await fillPlan(page);
		await expect(page.getByRole('table', { name: /Rencana unggahan/ })).toBeVisible();
		await expectNoAxeViolations(page, 'light');
		await expectNoAxeViolations(page, 'dark');
	});
});

test.describe('laporan mingguan', () => {
	const META_EXPORT = [
		'Post ID,Account username,Description,Publish time,Permalink,Post type,Views,Reach,Likes,Shares,Follows,Comments,Saves',
		'1,pemkabcontoh,"Jadwal layanan, Sabtu buka",11/16/2026 09:30,https://www.instagram.com/p/AAA/,IG image,"7,400",5200,402,38,15,61,22',
		'2,pemkabcontoh,"Kenali hoaks lowongan CPNS:',
		'cek situs resmi, ""bukan"" tautan pendek",11/18/2026 16:05,https://www.instagram.com/reel/BBB/,IG reel,13800,9100,760,210,41,120,95',
		'3,pemkabcontoh,Rapat koordinasi banjir,11/19/2026 10:00,https://www.instagram.com/p/CCC/,IG image,3500,2800,96,3,0,7,1',
	].join('\r\n');

	const kpi = (page: Page, metric: string) => page.getByRole('table', { name: 'Angka utama minggu ini dibanding minggu lalu' }).getByRole('row', { name: new RegExp(`^${metric}`) });

	test('unggah templat: angka utama, perubahan, unggahan terbaik; tetap ada setelah dimuat ulang', async ({ page }) => {
		await page.goto('/alat/laporan-mingguan/');
		const template = await (await page.request.get('/unduhan/templat-laporan-mingguan.csv')).text();
		expect(template.split('\r\n')[0]).toBe('\uFEFFtanggal;platform;pilar;jenis;judul;jangkauan;impresi;suka;komentar;bagikan;simpan;pengikut_baru');
		await page.getByLabel('Unggah berkas CSV').setInputFiles({ name: 'laporan.csv', mimeType: 'text/csv', buffer: Buffer.from(template) });

		await expect(page.getByRole('heading', { name: 'Laporan evaluasi mingguan: 16–22 November 2026' })).toBeVisible();
		await expect(kpi(page, 'Unggahan')).toHaveText(/Unggahan\s*4\s*3\s*\+33,3%/);
		await expect(kpi(page, 'Jangkauan')).toContainText('21.800');
		await expect(kpi(page, 'Jangkauan')).toContainText('14.100');
		await expect(kpi(page, 'Jangkauan')).toContainText('+54,6%');
		await expect(kpi(page, 'Interaksi')).toContainText('2.249');
		await expect(kpi(page, 'Engagement rate')).toContainText('10,3%');
		await expect(kpi(page, 'Engagement rate')).toContainText('9,3%');
		await expect(kpi(page, 'Engagement rate')).toContainText('+1,0 poin persen');
		await expect(kpi(page, 'Pengikut baru')).toContainText('65');
		await expect(page.getByText('Engagement rate = interaksi ÷ jangkauan × 100 = 2.249 ÷ 21.800 × 100 = 10,3%.')).toBeVisible();
		const best = page.getByRole('table', { name: 'Unggahan terbaik minggu ini' });
		await expect(best.getByRole('row').nth(1)).toContainText('Kenali hoaks lowongan kerja CPNS');
		await expect(best.getByRole('row').nth(1)).toContainText('13,0%');
		await expect(page.getByRole('table', { name: 'Unggahan terlemah minggu ini' }).getByRole('row').nth(1)).toContainText('Rapat koordinasi kesiapsiagaan banjir');
		await expect(page.getByRole('table', { name: 'Minggu ini per pilar konten' }).getByRole('row', { name: /^Edukasi/ })).toContainText('11,7%');
		await expect(page.getByRole('img', { name: /Jangkauan dan engagement rate per hari, 9–22 November 2026/ })).toBeVisible();
		await expect(page.getByRole('region', { name: 'Ringkasan laporan' })).toHaveText(
			'Laporan 16–22 November 2026: 4 unggahan, jangkauan 21.800, interaksi 2.249, engagement rate 10,3% (minggu lalu 9,3%).'
		);

		await page.reload();
		await expect(kpi(page, 'Jangkauan')).toContainText('21.800');
		await page.getByRole('combobox', { name: 'Minggu yang dilaporkan' }).selectOption({ label: '9–15 November 2026' });
		await expect(page.getByRole('heading', { name: 'Laporan evaluasi mingguan: 9–15 November 2026' })).toBeVisible();
		await expect(kpi(page, 'Jangkauan')).toContainText('14.100');

		// Printing shows the report alone.
		await page.evaluate(() => document.documentElement.classList.add('pm-print-report'));
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('heading', { name: /Laporan evaluasi mingguan/ })).toBeVisible();
		await expect(page.getByRole('button', { name: 'Buat laporan' })).toBeHidden();
		await page.emulateMedia({ media: 'screen' });

		// "Hapus data" asks first and offers the pasted data as a download.
		page.once('dialog', (dialog) => void dialog.accept());
		await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Hapus data' }).click()]);
		await page.reload();
		await expect(page.getByRole('textbox', { name: 'Atau tempel isi CSV' })).toHaveValue('');
		await expect(page.getByRole('heading', { name: /Laporan evaluasi mingguan:/ })).toBeHidden();
	});

	test('tempel ekspor Meta (kolom berkutip dengan koma dan baris baru) dan angka minggu lalu', async ({ page }) => {
		await page.goto('/alat/laporan-mingguan/');
		await page.getByRole('textbox', { name: 'Atau tempel isi CSV' }).fill(META_EXPORT);
		await page.getByText('Angka minggu lalu (jika berkas hanya berisi satu minggu)').click();
		await page.getByRole('textbox', { name: /^Jangkauan minggu lalu/ }).fill('15.000');
		await page.getByRole('textbox', { name: /^Interaksi minggu lalu/ }).fill('1500');
		await page.getByRole('button', { name: 'Buat laporan' }).click();
		await expect(page.getByRole('heading', { name: 'Laporan evaluasi mingguan: 16–22 November 2026' })).toBeFocused();
		await expect(kpi(page, 'Jangkauan')).toHaveText(/17\.100\s*15\.000\s*\+14,0%/);
		await expect(kpi(page, 'Impresi atau tayangan')).toContainText('24.700');
		await expect(kpi(page, 'Engagement rate')).toHaveText(/10,6%\s*10,0%\s*\+0,6 poin persen/);
		await expect(page.getByText('Angka minggu lalu berasal dari isian Anda.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Kenali hoaks lowongan CPNS: cek situs resmi, "bukan" tautan pendek' })).toHaveAttribute('href', 'https://www.instagram.com/reel/BBB/');
		await expect(page.getByRole('table', { name: 'Minggu ini per jenis unggahan' })).toContainText('IG reel');
	});

	test('CSV rusak: pesan menyebut baris dan kolom', async ({ page }) => {
		await page.goto('/alat/laporan-mingguan/');
		const box = page.getByRole('textbox', { name: 'Atau tempel isi CSV' });
		await box.fill('tanggal;judul;jangkauan;suka;komentar\n2026-11-16;Jadwal;5200;402;61\n2026-11-17;Hoaks;12a;3;1\n');
		await page.getByRole('button', { name: 'Buat laporan' }).click();
		const message = 'Baris 3, kolom 3 (jangkauan): "12a" bukan bilangan bulat. Isi jangkauan dengan angka, misalnya 1250.';
		await expect(page.getByText(message, { exact: true })).toBeVisible();
		await expect(box).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByRole('region', { name: 'Ringkasan laporan' })).toContainText(`Berkas belum dapat dibaca. ${message}`);

		await page.getByLabel('Unggah berkas CSV').setInputFiles({
			name: 'rusak.csv',
			mimeType: 'text/csv',
			buffer: Buffer.from('Publish time,Reach,Likes,Description\n11/16/2026,100,5,"tidak ditutup\n11/17/2026,200,6,ok\n'),
		});
		await expect(page.getByText('Baris 2, kolom 4: tanda kutip (") dibuka tetapi tidak pernah ditutup.', { exact: true })).toBeVisible();
		await expect(page.getByRole('heading', { name: /Laporan evaluasi mingguan:/ })).toBeHidden();
	});

	test('axe: tidak ada pelanggaran (terang dan gelap)', async ({ page }) => {
		test.slow(); // two full axe runs on a large page; the machine is shared
		await page.goto('/alat/laporan-mingguan/');
		await page.getByRole('textbox', { name: 'Atau tempel isi CSV' }).fill(META_EXPORT);
		await page.getByRole('button', { name: 'Buat laporan' }).click();
		await expect(page.getByRole('heading', { name: /Laporan evaluasi mingguan:/ })).toBeVisible();
		await expectNoAxeViolations(page, 'light');
		await expectNoAxeViolations(page, 'dark');
	});
});
