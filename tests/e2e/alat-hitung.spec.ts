import { expectAccessibleInBothThemes } from './axe.ts';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/** The result region every calculator announces (aria-live). */
const result = (page: Page) => page.getByRole('region', { name: 'Hasil' });
const hitung = (page: Page) => page.getByRole('button', { name: 'Hitung' }).click();

/** Opens the link the page itself offers ("Salin tautan") in a fresh page and returns that page. */
async function reopenSharedLink(page: Page): Promise<Page> {
	await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.getByRole('button', { name: 'Salin tautan' }).click();
	await expect(page.getByRole('status')).toHaveText('Tautan disalin. Tempelkan di pesan atau catatan Anda.');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toContain('?');
	const fresh = await page.context().newPage();
	await fresh.goto(link);
	return fresh;
}

/** Asserts a message is shown next to a field and is part of the field's accessible description. */
async function expectFieldError(field: Locator, message: string) {
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(field).toHaveAccessibleDescription(new RegExp(message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
}

test.describe('Kalkulator engagement rate', () => {
	test('menghitung per jangkauan, tayangan dan pengikut, dan tautannya membuka hasil yang sama', async ({ page }) => {
		await page.goto('/alat/engagement/');
		await expect(result(page)).toContainText('Isi kolom di atas untuk melihat hasilnya.');
		await page.getByRole('textbox', { name: 'Reaksi atau suka' }).fill('2.000');
		await page.getByRole('textbox', { name: 'Komentar' }).fill('245');
		await page.getByRole('textbox', { name: 'Dibagikan' }).fill('60');
		await page.getByRole('textbox', { name: 'Disimpan' }).fill('40');
		await page.getByRole('textbox', { name: 'Jangkauan (reach)' }).fill('48.000');
		await page.getByRole('textbox', { name: 'Jumlah pengikut' }).fill('50.000');
		await hitung(page);
		await expect(result(page)).toContainText('2.345 interaksi ÷ 48.000 jangkauan × 100 = 4,9%');
		await expect(result(page)).toContainText('2.345 interaksi ÷ 50.000 pengikut × 100 = 4,7%');
		await expect(result(page).getByRole('heading', { name: 'Engagement rate berdasarkan tayangan' })).toBeHidden();

		// Unticking "simpan" removes it from the count.
		await page.getByRole('checkbox', { name: 'simpan' }).uncheck();
		await expect(result(page)).toContainText('2.305 interaksi ÷ 48.000 jangkauan × 100 = 4,8%');
		await expect(result(page)).toContainText('Tidak dihitung: simpan.');

		const shared = await reopenSharedLink(page);
		await expect(result(shared)).toContainText('2.305 interaksi ÷ 48.000 jangkauan × 100 = 4,8%');
		await expect(shared.getByRole('checkbox', { name: 'simpan' })).not.toBeChecked();
		await expect(shared.getByRole('textbox', { name: 'Disimpan' })).toHaveValue('40');
	});

	test('per periode: rata-rata per unggahan untuk penyebut pengikut', async ({ page }) => {
		await page.goto('/alat/engagement/');
		await page.getByRole('radio', { name: 'Semua unggahan dalam satu periode' }).check();
		await page.getByRole('textbox', { name: 'Reaksi atau suka' }).fill('1000');
		await page.getByRole('textbox', { name: 'Komentar' }).fill('100');
		await page.getByRole('textbox', { name: 'Dibagikan' }).fill('50');
		await page.getByRole('textbox', { name: 'Disimpan' }).fill('50');
		await page.getByRole('textbox', { name: 'Jumlah unggahan dalam periode' }).fill('12');
		await page.getByRole('textbox', { name: 'Jumlah pengikut' }).fill('50.000');
		await hitung(page);
		await expect(result(page)).toContainText('1.200 interaksi ÷ 12 unggahan ÷ 50.000 pengikut × 100 = 0,2% per unggahan');
	});

	test('isian salah mendapat pesan di kolomnya; interaksi melebihi jangkauan diberi peringatan', async ({ page }) => {
		await page.goto('/alat/engagement/');
		await page.getByRole('textbox', { name: 'Reaksi atau suka' }).fill('600');
		await page.getByRole('textbox', { name: 'Komentar' }).fill('dua');
		await page.getByRole('textbox', { name: 'Jangkauan (reach)' }).fill('0');
		await hitung(page);
		await expectFieldError(page.getByRole('textbox', { name: 'Komentar' }), 'Komentar harus berupa angka, misalnya 1.250, 12,5, atau 42,5 rb.');
		await expectFieldError(page.getByRole('textbox', { name: 'Jangkauan (reach)' }), 'Jangkauan harus lebih dari 0, karena angka lain dibagi dengan nilai ini.');
		await expect(page.getByText('Disimpan wajib diisi karena dicentang untuk dihitung (isi 0 bila tidak ada).')).toBeVisible();
		await expect(result(page)).toContainText('Hasil belum dapat dihitung. Perbaiki isian yang ditandai.');
		await expect(result(page)).not.toContainText(/NaN|Infinity/);
		// Focus goes to the first field to fix.
		await expect(page.getByRole('textbox', { name: 'Komentar' })).toBeFocused();

		await page.getByRole('textbox', { name: 'Komentar' }).fill('0');
		await page.getByRole('textbox', { name: 'Dibagikan' }).fill('0');
		await page.getByRole('textbox', { name: 'Disimpan' }).fill('0');
		await page.getByRole('textbox', { name: 'Jangkauan (reach)' }).fill('500');
		await expect(result(page)).toContainText('600 interaksi ÷ 500 jangkauan × 100 = 120%');
		await expect(page.getByText(/^Perhatian: interaksi \(600\) lebih banyak daripada jangkauan \(500\)/)).toBeVisible();
		await expect(page.getByRole('textbox', { name: 'Jangkauan (reach)' })).not.toHaveAttribute('aria-invalid', 'true');
	});
});

test.describe('Conversation, amplification dan applause rate', () => {
	test('hanya dengan papan ketik: isi, hitung, dan fokus pindah ke hasil', async ({ page }) => {
		await page.goto('/alat/metrik-percakapan/');
		const posts = page.getByRole('textbox', { name: 'Jumlah unggahan' });
		// Skip the navigation the way a keyboard user does: the skip link, then Tab through the content.
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Lewati ke konten' })).toBeFocused();
		await page.keyboard.press('Enter');
		for (let i = 0; i < 80 && !(await posts.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(posts).toBeFocused();
		await page.keyboard.type('12');
		for (const value of ['150', '90', '3.600', '48.000', '30.000']) {
			await page.keyboard.press('Tab');
			await page.keyboard.type(value);
		}
		await page.keyboard.press('Enter');
		await expect(result(page)).toBeFocused();
		await expect(result(page).getByText('12,5 komentar per unggahan')).toBeVisible();
		await expect(result(page)).toContainText('150 komentar ÷ 12 unggahan = 12,5');
		await expect(result(page)).toContainText('12,5 ÷ 48.000 pengikut × 1.000 = 0,26 komentar per unggahan untuk setiap 1.000 pengikut');
		await expect(result(page)).toContainText('90 bagikan ÷ 30.000 tayangan × 100 = 0,3%');
		await expect(result(page).getByRole('row', { name: /Applause rate/ })).toHaveText(/Applause rate\s*300\s*6,3/);

		const shared = await reopenSharedLink(page);
		await expect(result(shared)).toContainText('150 komentar ÷ 12 unggahan = 12,5');
		await expect(result(shared).getByRole('row', { name: /Applause rate/ })).toHaveText(/Applause rate\s*300\s*6,3/);
	});

	test('nol unggahan ditolak di kolomnya', async ({ page }) => {
		await page.goto('/alat/metrik-percakapan/');
		await page.getByLabel('Jumlah unggahan').fill('0');
		await page.getByLabel('Jumlah komentar').fill('10');
		await hitung(page);
		await expectFieldError(page.getByLabel('Jumlah unggahan'), 'Jumlah unggahan harus lebih dari 0, karena angka lain dibagi dengan nilai ini.');
		await expect(result(page).getByText(/komentar per unggahan/)).toBeHidden();
	});
});

test.describe('Kalkulator pertumbuhan audiens', () => {
	test('laju, proyeksi majemuk dan linear, dengan tanggal Indonesia', async ({ page }) => {
		await page.goto('/alat/pertumbuhan-audiens/');
		await page.getByLabel('Tanggal awal').fill('2026-10-01');
		await page.getByLabel('Tanggal akhir').fill('2026-10-31');
		await page.getByLabel('Pengikut di awal periode').fill('40.000');
		await page.getByLabel('Pengikut di akhir periode').fill('42.000');
		await page.getByLabel('Target pengikut').fill('100.000');
		await hitung(page);
		await expect(result(page)).toContainText('(42.000 − 40.000) ÷ 40.000 pengikut × 100 = 5%');
		await expect(result(page)).toContainText('1 Oktober 2026 – 31 Oktober 2026 (31 hari, tanggal awal dan akhir ikut dihitung)');
		await expect(result(page)).toContainText(
			'Bila laju 5% per 31 hari bertahan dan tumbuh majemuk, target 100.000 pengikut tercapai sekitar 5 Mei 2028 (552 hari lagi, atau sekitar 17,8 periode setelah 31 Oktober 2026).'
		);
		await expect(result(page)).toContainText('(linear), target tercapai sekitar 17 April 2029.');

		const shared = await reopenSharedLink(page);
		await expect(result(shared)).toContainText('target 100.000 pengikut tercapai sekitar 5 Mei 2028');
		await expect(shared.getByLabel('Tanggal akhir')).toHaveValue('2026-10-31');
	});

	test('pertumbuhan negatif memberi penjelasan, bukan tanggal; tanggal terbalik ditolak', async ({ page }) => {
		await page.goto('/alat/pertumbuhan-audiens/?mulai=2026-10-01&selesai=2026-11-01&awal=40000&akhir=39000&target=100000');
		await expect(result(page)).toContainText('Dengan laju negatif (-2,5%), jumlah pengikut justru berkurang');
		await expect(result(page)).toContainText('Tidak ada tanggal yang dapat diproyeksikan');
		await page.getByLabel('Tanggal akhir').fill('2026-09-01');
		await expectFieldError(page.getByLabel('Tanggal akhir'), 'Tanggal akhir harus sesudah tanggal awal.');
		await expect(result(page).getByText(/laju negatif/)).toBeHidden();
		await expect(result(page).getByText('Hasil belum dapat dihitung. Perbaiki isian yang ditandai.')).toBeVisible();
	});
});

test.describe('Kalkulator kinerja respons', () => {
	test('dari daftar waktu: tingkat respons, rata-rata, median dan yang tepat waktu', async ({ page }) => {
		await page.goto('/alat/kinerja-respons/');
		await page.getByLabel('Pesan masuk').fill('5');
		await page.getByLabel('Daftar waktu respons, satu per baris').fill('45\n1:30\n2 jam\n15 menit');
		await page.getByLabel('Batas waktu respons').fill('1 jam');
		await page.getByLabel('Target tingkat respons').fill('90');
		await hitung(page);
		await expect(result(page)).toContainText('4 dijawab ÷ 5 pesan masuk × 100 = 80%');
		await expect(result(page)).toContainText('Belum memenuhi target 90%: kurang 10 poin persen, atau sekitar 1 pesan lagi yang perlu dijawab.');
		await expect(result(page)).toContainText('4 jam 30 menit total ÷ 4 respons = 1 jam 8 menit');
		await expect(result(page)).toContainText('Separuh pesan dijawab dalam 1 jam 8 menit atau lebih cepat.');
		await expect(result(page)).toContainText('2 dari 4 respons dalam batas 1 jam = 50%');

		const shared = await reopenSharedLink(page);
		await expect(result(shared)).toContainText('2 dari 4 respons dalam batas 1 jam = 50%');
		await expect(shared.getByLabel('Daftar waktu respons, satu per baris')).toHaveValue('45\n1:30\n2 jam\n15 menit');
	});

	test('baris yang tidak terbaca disebut nomornya', async ({ page }) => {
		await page.goto('/alat/kinerja-respons/');
		await page.getByLabel('Pesan masuk').fill('5');
		await page.getByLabel('Daftar waktu respons, satu per baris').fill('45\nsebentar\n2 jam');
		await hitung(page);
		await expectFieldError(
			page.getByLabel('Daftar waktu respons, satu per baris'),
			'Tidak terbaca: baris 2 (“sebentar”). Tulis misalnya 45 (menit), 1:30 atau 1.30 (jam dan menit), 90 menit, atau 1 jam 30 menit.'
		);
	});
});

test.describe('Share of voice dan sentimen bersih', () => {
	test('tabel share of voice, baris Lainnya, dan sentimen bersih', async ({ page }) => {
		await page.goto('/alat/share-of-voice/');
		await page
			.getByLabel('Sebutan per akun atau topik, satu per baris')
			.fill('Dinkes Kabupaten Contoh, 1.250\nRSUD Contoh, 2.000\nAkun warga @infocontoh, 750');
		await page.getByLabel('Total sebutan topik').fill('5.000');
		await page.getByLabel('Positif').fill('400');
		await page.getByLabel('Netral').fill('650');
		await page.getByLabel('Negatif').fill('200');
		await hitung(page);
		await expect(result(page).getByRole('heading', { name: 'Share of voice Dinkes Kabupaten Contoh' })).toBeVisible();
		await expect(result(page)).toContainText('1.250 ÷ 5.000 sebutan × 100 = 25%');
		await expect(result(page)).toContainText('Peringkat 2 dari 3 akun atau topik dalam daftar.');
		await expect(result(page).getByRole('row', { name: /Lainnya/ })).toHaveText(/Lainnya \(tidak ada di daftar\)\s*1\.000\s*20%/);
		await expect(result(page)).toContainText('(400 positif − 200 negatif) ÷ 1.250 sebutan × 100 = +16 poin');
		await expect(result(page)).toContainText('Positif 32%, netral 52%, negatif 16%.');
		await expect(page.getByText(/^Perhatian:/)).toHaveCount(0);

		const shared = await reopenSharedLink(page);
		await expect(result(shared)).toContainText('1.250 ÷ 5.000 sebutan × 100 = 25%');
		await expect(result(shared).getByRole('row', { name: /RSUD Contoh/ })).toHaveText(/RSUD Contoh\s*2\.000\s*40%/);
	});

	test('baris tanpa jumlah dan total yang terlalu kecil ditolak', async ({ page }) => {
		await page.goto('/alat/share-of-voice/');
		const list = page.getByLabel('Sebutan per akun atau topik, satu per baris');
		await list.fill('Dinkes, 40\nRSUD Contoh');
		await hitung(page);
		await expectFieldError(list, 'Baris 2 (“RSUD Contoh”) tidak berisi jumlah.');
		await list.fill('Dinkes, 40\nRSUD Contoh, 60');
		await page.getByLabel('Total sebutan topik').fill('90');
		await expectFieldError(page.getByLabel('Total sebutan topik'), 'Total sebutan topik (90) lebih kecil daripada jumlah semua baris di daftar (100).');
	});
});

test.describe('Perencana amplifikasi akun berlapis', () => {
	const layer = (page: Page, name: string) => page.getByRole('group', { name });

	test('perkiraan jangkauan per lapisan dengan potongan tumpang-tindih', async ({ page }) => {
		await page.goto('/alat/amplifikasi/');
		await page.getByLabel('Rata-rata jangkauan akun utama per unggahan').fill('12.000');
		const rows: [string, string, string, string][] = [
			['Lapisan 1: KOL', '5', '8.000', '60'],
			['Lapisan 2: akun interaktif lembaga', '20', '1.500', '50'],
			['Lapisan 3: akun pegawai', '400', '200', '25'],
		];
		for (const [name, accounts, reach, share] of rows) {
			await layer(page, name).getByLabel('Jumlah akun').fill(accounts);
			await layer(page, name).getByLabel('Rata-rata jangkauan per unggahan').fill(reach);
			await layer(page, name).getByLabel('Perkiraan yang ikut menyebarkan').fill(share);
		}
		await page.getByLabel('Tumpang-tindih audiens').fill('30');
		await hitung(page);
		await expect(result(page).getByText('sekitar 53.300 akun')).toBeVisible();
		await expect(result(page)).toContainText('12.000 + 59.000 × (100% − 30%) = 53.300, dibulatkan menjadi 53.300');
		await expect(result(page).getByRole('row', { name: /Lapisan 3/ })).toHaveText(/Lapisan 3 \(pegawai\)\s*100\s*200\s*20\.000/);
		await expect(result(page)).toContainText('Pesan diperkirakan menjangkau 4,4 kali jangkauan akun utama saja.');
		await expect(result(page).getByRole('link', { name: 'batas etis struktur akun berlapis' })).toHaveAttribute(
			'href',
			'/pedoman/tata-kelola/struktur-akun-berlapis/'
		);

		const shared = await reopenSharedLink(page);
		await expect(result(shared).getByText('sekitar 53.300 akun')).toBeVisible();
	});

	test('persentase di atas 100 ditolak di kolom lapisannya', async ({ page }) => {
		await page.goto('/alat/amplifikasi/?utama=1000&kol_akun=5&kol_jangkauan=800&kol_ikut=150&tumpang=20');
		await expectFieldError(layer(page, 'Lapisan 1: KOL').getByLabel('Perkiraan yang ikut menyebarkan'), 'Perkiraan yang ikut paling besar 100.');
		await expect(result(page)).toContainText('Hasil belum dapat dihitung.');
	});
});

test('halaman /alat/ menautkan kesembilan alat', async ({ page }) => {
	await page.goto('/alat/');
	const slugs = ['engagement', 'metrik-percakapan', 'pertumbuhan-audiens', 'share-of-voice', 'laporan-mingguan', 'kinerja-respons', 'tenggat-hari-kerja', 'kalender-konten', 'amplifikasi'];
	for (const slug of slugs) await expect(page.locator(`.sl-markdown-content a[href="/alat/${slug}/"]`)).toHaveCount(1);
});

/** Pages and states axe checks: each tool with a computed result, and with a message at a field. */
const AXE_PAGES: [path: string, query: string, state: string][] = [
	['/alat/', '', 'daftar alat'],
	['/alat/engagement/', '?cakupan=pos&hitung=reaksi&reaksi=600&jangkauan=500&pengikut=0', 'pesan galat'],
	['/alat/engagement/', '?cakupan=pos&hitung=reaksi&reaksi=600&jangkauan=500&tayangan=400', 'hasil dan peringatan'],
	['/alat/metrik-percakapan/', '?unggahan=12&komentar=150&bagikan=90&suka=3600&pengikut=48000&tayangan=30000', 'hasil'],
	['/alat/pertumbuhan-audiens/', '?mulai=2026-10-01&selesai=2026-10-31&awal=40000&akhir=42000&target=100000', 'hasil'],
	['/alat/kinerja-respons/', '?masuk=5&waktu=45%0A1%3A30%0Asebentar', 'pesan galat'],
	['/alat/kinerja-respons/', '?masuk=5&waktu=45%0A1%3A30&batas=1+jam&target=90', 'hasil'],
	['/alat/share-of-voice/', '?daftar=A%2C+10%0AB%2C+30&total=50&positif=3&netral=4&negatif=5', 'hasil'],
	['/alat/amplifikasi/', '?utama=1000&kol_akun=5&kol_jangkauan=800&kol_ikut=100&tumpang=20', 'hasil dan peringatan'],
];

for (const [path, query, state] of AXE_PAGES) {
	test(`axe tanpa pelanggaran, tema terang dan gelap: ${path} (${state})`, async ({ page }) => {
		await page.goto(path + query);
		if (query) await expect(result(page).getByText('Isi kolom di atas untuk melihat hasilnya.')).toBeHidden();
		await expectAccessibleInBothThemes(page, state);
	});
}
