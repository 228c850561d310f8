import { expectAccessibleInBothThemes } from './axe.ts';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { searchSite } from './search-helpers.ts';
import { SCENARIOS } from '../../src/lib/crisis/scenarios.ts';

const TRIAGE = '/krisis/tingkat-krisis/';

/** The radio group of a triage question, found by the question as the reader sees it. */
const question = (page: Page, text: string) => page.getByRole('group', { name: new RegExp(text) });

/** Answers one question by clicking the option's label. */
async function answer(page: Page, questionText: string, option: string | RegExp) {
	await question(page, questionText).getByRole('radio', { name: option }).check();
}

const result = (page: Page) => page.getByRole('region', { name: /^Hasil:/ });

/** The level named in the result heading. The heading holds one badge per level and shows only
 * the right one, so assert on its accessible name (hidden badges are not part of it). */
const resultHeading = (page: Page) => result(page).getByRole('heading', { level: 3 });

test.describe('triase tingkat krisis', () => {
	test('dijawab dengan klik: tiga faktor Sedang menjadi Tinggi, dengan alasan dan panduan', async ({ page }) => {
		await page.goto(TRIAGE);
		await answer(page, 'Apa yang sedang terjadi', 'Hoaks viral tentang instansi');
		await answer(page, 'Seberapa luas', /^Meluas/);
		await answer(page, 'nada percakapan', /^Banyak keluhan/);
		await answer(page, 'pejabat terlibat', /^Tidak ada pejabat/);
		await answer(page, 'dampak pada layanan', /^Layanan terganggu/);
		await answer(page, 'media arus utama', /^Belum ada wartawan/);
		await answer(page, 'risiko hukum', /^Tidak ada$/);
		await page.getByRole('button', { name: 'Tentukan tingkat krisis' }).click();

		await expect(result(page)).toBeVisible();
		await expect(resultHeading(page)).toHaveAccessibleName('Hasil: Tingkat 3 · Tinggi');
		const reasons = result(page).getByRole('list').first().getByRole('listitem');
		await expect(reasons).toHaveText([
			/3 faktor berada di tingkat Sedang sekaligus/,
			/dibagikan ulang di beberapa akun/,
			/didominasi keluhan/,
			/Layanan terganggu/,
		]);
		await expect(result(page).getByRole('link', { name: 'Buka panduan: Hoaks viral tentang instansi' })).toHaveAttribute('href', '/krisis/hoaks-viral/');
		await expect(result(page).getByText('Paling lambat 1 jam: pernyataan awal.')).toBeVisible();
		await expect(page.getByText('Hasil: Tingkat 3 · Tinggi. 4 alasan dan langkah berikutnya ada di bawah.')).toBeVisible();
		expect(new URL(page.url()).search).toBe('?skenario=hoaks-viral&sebaran=meluas&sentimen=negatif&pejabat=tidak&dampak=layanan&media=belum&hukum=tidak');

		// Changing an answer after the result keeps result and link in step.
		await answer(page, 'Seberapa luas', /^Terbatas/);
		await expect(resultHeading(page)).toHaveAccessibleName('Hasil: Tingkat 2 · Sedang');
		expect(page.url()).toContain('sebaran=terbatas');
	});

	test('dijawab dengan papan ketik: kasus akun diretas paling rendah Sedang', async ({ page }) => {
		await page.goto(TRIAGE);
		// Each group: Tab moves into it, Space picks the focused (first) option.
		await question(page, 'Apa yang sedang terjadi').getByRole('radio').first().focus();
		for (let i = 0; i < 7; i++) {
			if (i > 0) await page.keyboard.press('Tab');
			await page.keyboard.press('Space');
		}
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Tentukan tingkat krisis' })).toBeFocused();
		await page.keyboard.press('Enter');

		await expect(resultHeading(page)).toHaveAccessibleName('Hasil: Tingkat 2 · Sedang');
		await expect(result(page).getByRole('listitem').first()).toHaveText(/Akun resmi diretas: instansi kehilangan kendali/);
		await expect(result(page).getByRole('link', { name: 'Buka panduan: Akun resmi diretas' })).toBeVisible();
		expect(page.url()).toContain('skenario=akun-diretas');
	});

	test('tautan hasil membuka hasil yang sama, dan tautannya bisa disalin', async ({ page, context }) => {
		const query = '?skenario=salah-unggah&sebaran=terbatas&sentimen=netral&pejabat=tidak&dampak=tidak&media=belum&hukum=tidak';
		await page.goto(TRIAGE + query);
		await expect(resultHeading(page)).toHaveAccessibleName('Hasil: Tingkat 1 · Rendah');
		await expect(result(page).getByRole('listitem').first()).toHaveText(/Tidak ada faktor yang menaikkan tingkat/);
		await expect(result(page).getByRole('link', { name: 'Buka panduan: Salah unggah atau salah posting' })).toBeVisible();
		await expect(question(page, 'Apa yang sedang terjadi').getByRole('radio', { name: 'Salah unggah atau salah posting' })).toBeChecked();
		await expect(question(page, 'media arus utama').getByRole('radio', { name: /^Belum ada wartawan/ })).toBeChecked();

		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await result(page).getByRole('button', { name: 'Salin tautan hasil' }).click();
		await expect(result(page).getByText('Tautan disalin.')).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(TRIAGE + query, page.url()).href);

		// A second visitor opening the shared link sees the same level.
		const other = await context.newPage();
		await other.goto(TRIAGE + query);
		await expect(resultHeading(other)).toHaveAccessibleName('Hasil: Tingkat 1 · Rendah');
	});

	test('jawaban belum lengkap: pesan menyebut pertanyaannya, tanpa tingkat', async ({ page }) => {
		await page.goto(TRIAGE);
		await answer(page, 'Apa yang sedang terjadi', 'Bencana dan keadaan darurat');
		await answer(page, 'Seberapa luas', /^Viral/);
		await answer(page, 'pejabat terlibat', /^Tidak ada pejabat/);
		await answer(page, 'dampak pada layanan', /^Ada risiko/);
		await answer(page, 'risiko hukum', /^Tidak ada$/);
		await page.getByRole('button', { name: 'Tentukan tingkat krisis' }).click();

		await expect(
			page.getByText(
				'Tingkat krisis belum bisa ditentukan. Jawab 2 pertanyaan lagi: «3. Bagaimana nada percakapan warganet?» dan «6. Apakah media arus utama sudah meliput?».'
			)
		).toBeVisible();
		await expect(question(page, 'nada percakapan').getByText('Pilih salah satu jawaban untuk pertanyaan ini.')).toBeVisible();
		await expect(question(page, 'Seberapa luas').getByText('Pilih salah satu jawaban untuk pertanyaan ini.')).toBeHidden();
		await expect(page.getByRole('link', { name: '6. Apakah media arus utama sudah meliput?' })).toHaveAttribute('href', '#tanya-media');
		await expect(result(page)).toBeHidden();
		await expect(page.getByText(/^Hasil: Tingkat/)).toHaveCount(0);

		// Completing the answers gives the level, and the messages go away.
		await answer(page, 'nada percakapan', /^Sebagian besar bertanya/);
		await answer(page, 'media arus utama', /^Belum ada wartawan/);
		await page.getByRole('button', { name: 'Tentukan tingkat krisis' }).click();
		await expect(resultHeading(page)).toHaveAccessibleName('Hasil: Tingkat 3 · Tinggi');
		await expect(question(page, 'nada percakapan').getByText('Pilih salah satu jawaban untuk pertanyaan ini.')).toBeHidden();
	});

	test('nilai tak dikenal pada tautan dilaporkan dan diabaikan', async ({ page }) => {
		await page.goto(`${TRIAGE}?skenario=hoaks-viral&sebaran=besar-sekali&sentimen=netral&pejabat=tidak&dampak=tidak&media=belum&hukum=tidak&fbclid=x1`);
		await expect(
			page.getByText('Tautan memuat jawaban yang tidak dikenal untuk pertanyaan «2. Seberapa luas dan cepat isu ini menyebar?», jadi jawaban itu diabaikan. Pilih jawabannya di formulir.')
		).toBeVisible();
		await expect(page.getByText(/fbclid/)).toHaveCount(0);
		await expect(result(page)).toBeHidden();
		await expect(question(page, 'Apa yang sedang terjadi').getByRole('radio', { name: 'Hoaks viral tentang instansi' })).toBeChecked();
		await expect(question(page, 'Seberapa luas').getByRole('radio', { checked: true })).toHaveCount(0);
	});

	test('tombol kosongkan menghapus jawaban, hasil, dan tautan', async ({ page }) => {
		await page.goto(`${TRIAGE}?skenario=lainnya&sebaran=terbatas&sentimen=netral&pejabat=tidak&dampak=tidak&media=nasional&hukum=tidak`);
		await expect(resultHeading(page)).toHaveAccessibleName('Hasil: Tingkat 3 · Tinggi');
		await expect(result(page).getByRole('link', { name: 'Mulai dari langkah pertama krisis' })).toBeVisible();
		await page.getByRole('button', { name: 'Kosongkan jawaban' }).click();
		await expect(result(page)).toBeHidden();
		await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
		expect(new URL(page.url()).search).toBe('');
	});

	test('panduan skenario membuka triase dengan pertanyaan pertama terisi, tanpa pesan galat', async ({ page }) => {
		await page.goto('/krisis/kebocoran-data/');
		await page.getByRole('link', { name: 'Tentukan tingkatnya dengan triase' }).click();
		await expect(page).toHaveURL(/\/krisis\/tingkat-krisis\/\?skenario=kebocoran-data$/);
		await expect(question(page, 'Apa yang sedang terjadi').getByRole('radio', { name: 'Kebocoran data pribadi' })).toBeChecked();
		await expect(page.getByText('Tingkat krisis belum bisa ditentukan', { exact: false })).toHaveCount(0);
	});
});

test('setiap panduan skenario menyebut nama lain yang dicari orang', async ({ page }) => {
	for (const s of SCENARIOS) {
		await page.goto(`/krisis/${s.slug}/`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(s.title);
		await expect(page.getByRole('paragraph').filter({ hasText: 'Juga dikenal sebagai:' })).toHaveText(`Juga dikenal sebagai: ${s.aliases.join(', ')}.`);
	}
});

test.describe('pencarian kata krisis', () => {
	const cases: [string, string][] = [
		['akun di hack', 'akun-diretas'],
		['hoax viral', 'hoaks-viral'],
		['salah posting', 'salah-unggah'],
		['data bocor', 'kebocoran-data'],
		['pejabat viral', 'pernyataan-pejabat-viral'],
		['banjir darurat', 'bencana-darurat'],
		['serangan komentar buzzer', 'serangan-komentar'],
		['kena hack', 'akun-diretas'],
		['hoaks', 'hoaks-viral'],
	];
	// Typed into the real dialog, one query after another on one page (the relevance suite runs many more through the pipeline).
	test('kata krisis yang diketik di dialog Cari menemukan panduannya di tiga besar', async ({ page }) => {
		await page.goto('/krisis/langkah-pertama/');
		for (const [query, slug] of cases) {
			const top = (await searchSite(page, query)).slice(0, 3);
			expect(top, query).toContain(`/krisis/${slug}/`);
		}
	});
});

test.describe('layar ponsel 375 px', () => {
	test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

	test('/krisis/ tanpa gulir mendatar, dengan tautan triase dan semua skenario', async ({ page }) => {
		await page.goto('/krisis/');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
		await expect(page.getByRole('link', { name: /Tentukan tingkat krisis/ })).toBeVisible();
		const main = page.getByRole('main');
		for (const s of SCENARIOS) await expect(main.getByRole('link', { name: new RegExp(`^${s.title}`) })).toHaveAttribute('href', `/krisis/${s.slug}/`);
	});

	test('triase bekerja dengan sentuhan dan tanpa gulir mendatar', async ({ page }) => {
		await page.goto('/krisis/');
		await page.getByRole('link', { name: /Tentukan tingkat krisis/ }).tap();
		await expect(page).toHaveURL(/\/krisis\/tingkat-krisis\/$/);
		await question(page, 'Apa yang sedang terjadi').getByText('Pernyataan pejabat viral').tap();
		await question(page, 'Seberapa luas').getByText(/^Terbatas/).tap();
		await question(page, 'nada percakapan').getByText(/^Sebagian besar bertanya/).tap();
		await question(page, 'pejabat terlibat').getByText(/^Ya, pimpinan instansi/).tap();
		await question(page, 'dampak pada layanan').getByText('Tidak ada dampak nyata').tap();
		await question(page, 'media arus utama').getByText(/^Belum ada wartawan/).tap();
		await question(page, 'risiko hukum').getByText(/^Tidak ada$/).tap();
		await page.getByRole('button', { name: 'Tentukan tingkat krisis' }).tap();
		await expect(resultHeading(page)).toHaveAccessibleName('Hasil: Tingkat 3 · Tinggi');
		await expect(result(page).getByRole('listitem').first()).toHaveText(/Pimpinan instansi atau kepala daerah terlibat langsung/);
		await expect(resultHeading(page)).toBeInViewport();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	});
});

test.describe('aksesibilitas (axe, WCAG 2.2 AA)', () => {
	// axe on a long page is slow on a shared machine; the default 45 s is too tight.
	test.describe.configure({ timeout: 90_000 });

	// Static crisis pages are scanned by the site-wide sweep (a11y.spec.ts); here only the triage states.
	test('triase dengan hasil dan dengan pesan galat lolos axe, tema terang dan gelap', async ({ page }) => {
		await page.goto(`${TRIAGE}?skenario=hoaks-viral&sebaran=viral&sentimen=negatif&pejabat=tidak&dampak=tidak&media=lokal&hukum=tidak&media=tv`);
		await expect(result(page)).toBeVisible();
		await expectAccessibleInBothThemes(page, 'hasil');

		await page.getByRole('button', { name: 'Kosongkan jawaban' }).click();
		await page.getByRole('button', { name: 'Tentukan tingkat krisis' }).click();
		await expect(page.getByText(/Tingkat krisis belum bisa ditentukan/)).toBeVisible();
		await expectAccessibleInBothThemes(page, 'galat');
	});
});
