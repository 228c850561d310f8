import { test, expect } from './fixtures.ts';

/** The pages written for interaksi, evaluasi, amplifikasi, the summary and two reference pages. */
const pages: [path: string, title: string][] = [
	['/pedoman/interaksi/menanggapi-komentar/', 'Menanggapi komentar dan DM'],
	['/pedoman/interaksi/pengaduan-masyarakat/', 'Pengaduan masyarakat lewat media sosial'],
	['/pedoman/interaksi/moderasi/', 'Moderasi dan aturan komunitas'],
	['/pedoman/evaluasi/metrik/', 'Metrik media sosial dan definisinya'],
	['/pedoman/evaluasi/evaluasi-mingguan/', 'Evaluasi mingguan'],
	['/pedoman/evaluasi/laporan-bulanan/', 'Laporan bulanan untuk pimpinan'],
	['/pedoman/evaluasi/social-listening/', 'Social listening'],
	['/pedoman/amplifikasi/employee-advocacy/', 'Employee advocacy (amplifikasi oleh pegawai)'],
	['/pedoman/amplifikasi/kol/', 'Program KOL (key opinion leader)'],
	['/pedoman/amplifikasi/kolaborasi-antarinstansi/', 'Kolaborasi antarinstansi'],
	['/mulai/ringkasan/', 'Ringkasan pedoman dalam satu halaman'],
	['/referensi/sumber/', 'Sumber pedoman'],
	['/referensi/riwayat-perubahan/', 'Riwayat perubahan'],
];

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

for (const [path, title] of pages) {
	test(`${path} menampilkan judul dan minimal tiga bagian`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		// Content sections only: the sidebar's "Di halaman ini" is outside <main>, "Rujukan" is generated.
		const sections = page.locator('main').getByRole('heading', { level: 2 }).filter({ hasNotText: /^Rujukan$/ });
		expect(await sections.count()).toBeGreaterThanOrEqual(3);
		await expect(page.getByRole('heading', { level: 2, name: 'Rujukan' })).toBeVisible();
	});
}

test('ringkasan dicetak ke PDF A4 paling banyak dua halaman dan memuat semua bab', async ({ page }) => {
	await page.goto('/mulai/ringkasan/');
	await page.emulateMedia({ media: 'print' });
	// In print the site header is hidden and the chapters are still there.
	await expect(page.getByRole('banner')).toBeHidden();
	for (const chapter of summaryChapters) {
		await expect(page.getByRole('heading', { level: 2, name: chapter, exact: true })).toBeVisible();
	}
	const pdf = await page.pdf({ format: 'A4', outline: true, tagged: true });
	const bytes = pdf.toString('latin1');
	const pageCount = (bytes.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
	expect(pageCount).toBeGreaterThanOrEqual(1);
	expect(pageCount).toBeLessThanOrEqual(2);
	// The outline lists the headings that were actually laid out in the PDF.
	for (const chapter of summaryChapters) expect(bytes, `bab "${chapter}" di PDF`).toContain(`(${chapter})`);
});

test('daftar periksa evaluasi mingguan menyimpan centang setelah dimuat ulang', async ({ page }) => {
	await page.goto('/pedoman/evaluasi/evaluasi-mingguan/');
	const list = page.getByRole('group', { name: 'Evaluasi mingguan akun media sosial' });
	const boxes = list.getByRole('checkbox');
	await expect(boxes).toHaveCount(14);
	await expect(list.getByText('0 dari 14 butir selesai')).toBeVisible();

	const first = list.getByRole('checkbox', { name: 'Komentar dan DM sudah dibaca dan dikelompokkan per tema' });
	const second = list.getByRole('checkbox', { name: 'Tingkat respons dan rata-rata waktu respons sudah dihitung' });
	await first.check();
	await second.check();
	await expect(list.getByText('2 dari 14 butir selesai')).toBeVisible();

	await page.reload();
	await expect(first).toBeChecked();
	await expect(second).toBeChecked();
	await expect(list.getByRole('checkbox', { name: 'Ringkasan sudah dikirim ke tim dan atasan langsung' })).not.toBeChecked();
	await expect(list.getByText('2 dari 14 butir selesai')).toBeVisible();

	await list.getByRole('button', { name: 'Atur ulang daftar' }).click();
	await expect(list.getByText('0 dari 14 butir selesai')).toBeVisible();
	await page.reload();
	await expect(first).not.toBeChecked();
});
