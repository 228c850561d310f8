import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectAccessibleInBothThemes } from './axe.ts';
import { test, expect } from './fixtures.ts';
import { searchSite } from './search-helpers.ts';

/** Code points after NFC, the way the page states it counts (computed here independently). */
const codePoints = (text: string) => [...text.normalize('NFC')].length;

const COMPLAINT = 'Menanggapi komplain pelayanan di kolom komentar';
const HACKED = 'Pernyataan awal: akun resmi diretas';

/** The template's section, found by its heading. */
const templateSection = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

test.describe('templat balasan dengan JavaScript', () => {
	test.beforeEach(async ({ context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	});

	test('isi kolom → pratinjau berubah → salin ke clipboard apa adanya, termasuk karakter khusus', async ({ page }) => {
		await page.goto('/templat/pengaduan/');
		const tpl = templateSection(page, COMPLAINT);
		const preview = tpl.getByRole('figure', { name: 'Teks lengkap' });
		await expect(preview).toContainText('{sapaan}');

		await tpl.getByLabel('Sapaan untuk warga').fill('Kak "Rina" & <Tim> 🙏');
		await tpl.getByLabel('Nama layanan yang dikeluhkan').fill("perekaman KTP-el 'cepat'");
		await tpl.getByLabel('Unit yang menindaklanjuti').fill('Bidang Pelayanan');
		await tpl.getByLabel('Kapan warga dikabari lagi').fill('Kamis, 26 November 2026');

		// The repeated placeholder {sapaan} is filled everywhere; nothing is left in braces.
		await expect(preview).toContainText('Terima kasih sudah menyampaikan keluhan ini, Kak "Rina" & <Tim> 🙏.');
		await expect(preview).toContainText('Keluhan Kak "Rina" & <Tim> 🙏 sudah kami catat');
		await expect(preview).not.toContainText('{');

		await tpl.getByRole('button', { name: 'Salin teks' }).click();
		await expect(tpl.getByRole('status')).toHaveText('Teks disalin. Tempelkan di kolom balasan.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe((await preview.locator('[data-text-out]').textContent())!);
		expect(copied.startsWith('Terima kasih sudah menyampaikan keluhan ini, Kak "Rina" & <Tim> 🙏. Mohon maaf')).toBe(true);
		expect(copied).toContain("mengurus perekaman KTP-el 'cepat'.");
		expect(copied.endsWith('Kami kabari lagi paling lambat Kamis, 26 November 2026.')).toBe(true);
	});

	test('penghitung karakter X: versi singkat, angka yang benar, peringatan saat melebihi 280', async ({ page }) => {
		await page.goto('/templat/pengaduan/');
		const tpl = templateSection(page, COMPLAINT);
		const count = tpl.getByText(/^Panjang teks:/);
		await expect(count).toHaveText(/^Panjang teks: [\d.]+ karakter\.$/);

		await tpl.getByLabel('Untuk platform').selectOption({ label: 'X (Twitter): unggahan/balasan (280)' });
		const short = tpl.getByRole('figure', { name: 'Versi singkat untuk X' });
		await expect(short).toBeVisible();
		await expect(tpl.getByRole('figure', { name: 'Teks lengkap' })).toBeHidden();

		await tpl.getByLabel('Sapaan untuk warga').fill('Bu Sari');
		const shown = (await short.locator('[data-text-out]').textContent())!;
		const n = codePoints(shown);
		expect(n).toBeGreaterThan(150);
		expect(n).toBeLessThan(280);
		await expect(count).toHaveText(`Panjang teks: ${n} dari 280 karakter, sisa ${280 - n}.`);

		await tpl.getByLabel('Nama layanan yang dikeluhkan').fill('x'.repeat(200));
		const longer = codePoints((await short.locator('[data-text-out]').textContent())!);
		expect(longer).toBeGreaterThan(280);
		await expect(count).toHaveText(
			`Panjang teks: ${longer} dari 280 karakter: lebih ${longer - 280} karakter. Persingkat teks sebelum mengunggah.`
		);
		await expect(tpl.getByRole('status')).toHaveText('Teks melebihi batas X (Twitter): unggahan/balasan.');

		// What is copied on X is the short variant.
		await tpl.getByLabel('Nama layanan yang dikeluhkan').fill('KTP-el');
		await tpl.getByLabel('Unit yang menindaklanjuti').fill('Bidang Pelayanan');
		await tpl.getByLabel('Kapan warga dikabari lagi').fill('Kamis');
		await tpl.getByRole('button', { name: 'Salin teks' }).click();
		await expect(tpl.getByRole('status')).toHaveText('Teks disalin. Tempelkan di kolom balasan.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			'Terima kasih, Bu Sari. Mohon maaf atas pengalaman saat mengurus KTP-el. Keluhan sudah kami teruskan ke Bidang Pelayanan. Mohon kirim tanggal, lokasi dan nomor antrean lewat DM (tanpa NIK). Kami kabari paling lambat Kamis.'
		);
	});

	test('bagian kosong ditandai sebelum disalin; tekan sekali lagi untuk tetap menyalin', async ({ page }) => {
		await page.goto('/templat/pengaduan/');
		const tpl = templateSection(page, COMPLAINT);
		await tpl.getByLabel('Sapaan untuk warga').fill('Pak Budi');
		await tpl.getByLabel('Nama layanan yang dikeluhkan').fill('KTP-el');

		await page.evaluate(() => navigator.clipboard.writeText('sebelumnya'));
		await tpl.getByRole('button', { name: 'Salin teks' }).click();
		await expect(tpl.getByRole('status')).toHaveText(
			'2 bagian belum diisi: Unit yang menindaklanjuti, Kapan warga dikabari lagi. Isi dulu, atau tekan sekali lagi untuk tetap memakai teks dengan tanda kurung kurawal.'
		);
		const unit = tpl.getByLabel('Unit yang menindaklanjuti');
		await expect(unit).toHaveAttribute('aria-invalid', 'true');
		await expect(unit).toHaveAccessibleDescription(/Bagian ini belum diisi\./);
		await expect(tpl.getByLabel('Sapaan untuk warga')).not.toHaveAttribute('aria-invalid');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('sebelumnya');

		// Filling one field clears its mark; the other stays marked.
		await unit.fill('Bidang Pelayanan');
		await expect(unit).not.toHaveAttribute('aria-invalid');
		await expect(tpl.getByLabel('Kapan warga dikabari lagi')).toHaveAttribute('aria-invalid', 'true');

		await tpl.getByRole('button', { name: 'Salin tetap' }).click();
		await expect(tpl.getByRole('status')).toHaveText('Teks disalin, dengan 1 bagian masih kosong.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toContain('Kami kabari lagi paling lambat {batas_kabar}.');
		expect(copied).toContain('ke Bidang Pelayanan hari ini');
	});

	test('isian bertahan setelah dimuat ulang; "Hapus isian" menghapusnya', async ({ page }) => {
		await page.goto('/templat/pengaduan/');
		const tpl = templateSection(page, COMPLAINT);
		await tpl.getByLabel('Sapaan untuk warga').fill('Kak Dimas');
		await tpl.getByLabel('Untuk platform').selectOption('x');

		await page.reload();
		await expect(tpl.getByLabel('Sapaan untuk warga')).toHaveValue('Kak Dimas');
		await expect(tpl.getByLabel('Untuk platform')).toHaveValue('x');
		await expect(tpl.getByRole('figure', { name: 'Versi singkat untuk X' })).toContainText('Terima kasih, Kak Dimas.');
		// Another template on the page keeps its own, empty state.
		await expect(templateSection(page, 'Meneruskan pengaduan ke SP4N-LAPOR!').getByLabel('Sapaan untuk warga')).toHaveValue('');

		page.once('dialog', (dialog) => void dialog.accept());
		await tpl.getByRole('button', { name: 'Hapus isian' }).click();
		await expect(tpl.getByRole('status')).toHaveText('Isian templat ini dihapus dari peramban.');
		await expect(tpl.getByLabel('Sapaan untuk warga')).toHaveValue('');
		await page.reload();
		await expect(tpl.getByLabel('Sapaan untuk warga')).toHaveValue('');
		expect(await page.evaluate(() => localStorage.getItem('pedoman:templat:terima-komplain'))).toBeNull();
	});

	test('unduhan .txt berisi teks yang terisi', async ({ page }) => {
		await page.goto('/templat/apresiasi/');
		const tpl = templateSection(page, 'Membalas pujian atau ucapan terima kasih');
		await tpl.getByLabel('Sapaan untuk warga').fill('Bu Sari');
		await tpl.getByLabel('Yang dipuji').fill('layanan akta & KK');
		const [download] = await Promise.all([page.waitForEvent('download'), tpl.getByRole('button', { name: 'Unduh .txt' }).click()]);
		expect(download.suggestedFilename()).toBe('templat-terima-kasih-pujian.txt');
		const body = await readFile((await download.path())!, 'utf8');
		expect(body).toBe(
			'Terima kasih banyak, Bu Sari. Senang mendengar layanan akta & KK membantu. Kami teruskan ke tim di lapangan supaya ikut bersemangat.\r\n'
		);
		await expect(tpl.getByRole('status')).toHaveText('Berkas templat-terima-kasih-pujian.txt diunduh.');
	});

	test('pernyataan awal krisis: isi, hitung untuk X, salin', async ({ page }) => {
		await page.goto('/krisis/pernyataan-awal/');
		await expect(page.getByRole('heading', { level: 2 }).filter({ hasText: 'Pernyataan awal:' })).toHaveCount(8);
		const tpl = templateSection(page, HACKED);
		await tpl.getByLabel('Akun yang diretas').fill('Instagram @dinsoscontoh');
		await tpl.getByLabel('Nama instansi').fill('Dinas Sosial Kabupaten Contoh');
		await tpl.getByLabel('Sejak kapan').fill('pukul 21.00 WIB');
		await tpl.getByLabel('Kanal resmi yang masih aman').fill('@pemkabcontoh');
		await expect(tpl.getByRole('figure', { name: 'Teks lengkap' })).toContainText(
			'Pemberitahuan: akun Instagram @dinsoscontoh sedang tidak dalam kendali Dinas Sosial Kabupaten Contoh sejak pukul 21.00 WIB.'
		);

		await tpl.getByLabel('Untuk platform').selectOption('x');
		const short = (await tpl.getByRole('figure', { name: 'Versi singkat untuk X' }).locator('[data-text-out]').textContent())!;
		const n = codePoints(short);
		await expect(tpl.getByText(/^Panjang teks:/)).toHaveText(`Panjang teks: ${n} dari 280 karakter, sisa ${280 - n}.`);

		await tpl.getByRole('button', { name: 'Salin teks' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			'Akun Instagram @dinsoscontoh diretas sejak pukul 21.00 WIB. Unggahan dan pesan dari akun itu bukan dari kami: jangan klik tautan atau transfer uang. Info resmi lewat @pemkabcontoh.'
		);
	});

	test('daftar templat menautkan setiap kelompok dan templat ke halamannya', async ({ page }) => {
		await page.goto('/templat/');
		await expect(page.getByText(/^\d+ templat dalam \d+ kelompok\.$/)).toHaveText('90 templat dalam 19 kelompok.');
		await page.getByRole('link', { name: 'Meneruskan pengaduan ke SP4N-LAPOR!' }).click();
		await expect(page).toHaveURL(/\/templat\/pengaduan\/#teruskan-sp4n-lapor$/);
		await expect(page.getByRole('heading', { name: 'Meneruskan pengaduan ke SP4N-LAPOR!' })).toBeInViewport();
		// The table of contents lists the templates of the page.
		await expect(page.getByRole('navigation', { name: 'Di halaman ini' }).getByRole('link', { name: 'Menutup pengaduan yang sudah selesai' })).toHaveAttribute(
			'href',
			'#pengaduan-selesai'
		);
	});
});

test.describe('tanpa JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	for (const [url, title, fragment] of [
		['/templat/pengaduan/', COMPLAINT, 'Terima kasih sudah menyampaikan keluhan ini, {sapaan}.'],
		['/krisis/pernyataan-awal/', HACKED, 'Pemberitahuan: akun {akun_diretas} sedang tidak dalam kendali {nama_instansi} sejak {waktu}.'],
	] as const) {
		test(`${url} menampilkan teks lengkap dengan placeholder dan versi X`, async ({ page }) => {
			await page.goto(url);
			const tpl = templateSection(page, title);
			await expect(tpl.getByRole('figure', { name: 'Teks lengkap' })).toContainText(fragment);
			await expect(tpl.getByRole('figure', { name: 'Versi singkat untuk X' })).toBeVisible();
			// The form needs the script; without it, it stays out of the way.
			await expect(tpl.getByRole('button', { name: 'Salin teks' })).toBeHidden();
			await expect(tpl.getByRole('textbox')).toHaveCount(0);
		});
	}
});

test.describe('pencarian', () => {
	test('kata yang diketik di dialog Cari menemukan halaman Templat di tiga hasil teratas', async ({ page }) => {
		await page.goto('/templat/');
		for (const query of ['komplain pelayanan', 'minta maaf', 'DM', 'hoaks', 'gangguan layanan', 'pengaduan']) {
			const top = (await searchSite(page, query)).slice(0, 3);
			expect(top.some((path) => path.startsWith('/templat/') || path === '/krisis/pernyataan-awal/'), `${query}: ${top.join(', ')}`).toBe(true);
		}
	});
});

test.describe('aksesibilitas (axe, WCAG 2.2 AA)', () => {
	for (const url of ['/templat/', '/templat/pengaduan/', '/templat/informasi-publik/', '/krisis/pernyataan-awal/']) {
		test(`${url} tema terang dan gelap`, async ({ page }) => {
			await page.goto(url);
			const first = page.getByRole('button', { name: 'Salin teks' }).first();
			if (url !== '/templat/') {
				// Check the states the reader can reach too: a filled value and the empty-field warning.
				await page.locator('pm-template-filler input').first().fill('Kak Rina');
				await first.click();
				await expect(page.getByText('Bagian ini belum diisi.').filter({ visible: true }).first()).toBeVisible();
			}
			await expectAccessibleInBothThemes(page, url);
		});
	}
});
