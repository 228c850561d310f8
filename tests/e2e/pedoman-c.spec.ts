import { test, expect } from './fixtures.ts';
import { readPdf } from './pdf.ts';

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

	// Clearing asks first (a native confirm).
	page.once('dialog', (dialog) => void dialog.accept());
	await list.getByRole('button', { name: 'Atur ulang daftar' }).click();
	await expect(list.getByText('0 dari 14 butir selesai')).toBeVisible();
	await page.reload();
	await expect(first).not.toBeChecked();
});
