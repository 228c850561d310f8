import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

/**
 * Work is never lost when the browser refuses to store it: every island keeps working in memory
 * and says once how to keep the work; several tabs follow each other instead of overwriting.
 */

/** Site data blocked (Chromium's "block site data"): reading `window.localStorage` throws. */
async function blockStorage(context: BrowserContext) {
	await context.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			configurable: true,
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		});
	});
}

/** Storage full: every write is refused with a quota error. */
async function fillStorage(context: BrowserContext) {
	await context.addInitScript(() => {
		Storage.prototype.setItem = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
	});
}

const COMPLAINT = 'Menanggapi komplain pelayanan di kolom komentar';
const complaint = (page: Page) => page.getByRole('region', { name: COMPLAINT, exact: true });
const checklist = (page: Page) => page.getByRole('group', { name: 'Periksa keamanan akun instansi' });
const CHECKLIST_PAGE = '/pedoman/tata-kelola/keamanan-akun/';

for (const [mode, setup, message] of [
	['diblokir', blockStorage, /tidak mengizinkan situs menyimpan data/],
	['penuh', fillStorage, /Ruang penyimpanan peramban penuh/],
] as const) {
	test(`penyimpanan ${mode}: templat dan daftar periksa tetap bekerja dan memberi tahu sekali`, async ({ context, page }) => {
		await setup(context);
		await page.goto('/templat/pengaduan/');
		const tpl = complaint(page);
		await tpl.getByLabel('Sapaan untuk warga').fill('Bu Sari');
		await expect(tpl.getByRole('figure', { name: 'Teks lengkap' })).toContainText('Terima kasih sudah menyampaikan keluhan ini, Bu Sari.');
		await expect(page.getByRole('status').filter({ hasText: message })).toHaveCount(1);
		await expect(page.getByRole('status').filter({ hasText: message })).toContainText('Unduh .txt');

		await page.goto(CHECKLIST_PAGE);
		const list = checklist(page);
		const total = await list.getByRole('checkbox').count();
		await list.getByRole('checkbox').first().check();
		await expect(list.getByText(`1 dari ${total} butir selesai`)).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: message })).toHaveCount(1);
	});
}

test('penyimpanan diblokir: kalender konten tetap bekerja di memori dan unduhan memuat topiknya', async ({ context, page }) => {
	await blockStorage(context);
	await page.goto('/alat/kalender-konten/?mulai=2026-12-07&selesai=2026-12-20&platform=facebook&per-facebook=2&campuran=80-20');
	const topic = page.getByRole('textbox', { name: 'Topik untuk Facebook Selasa 8 Desember 2026' });
	await topic.fill('Topik di memori');
	await expect(page.getByRole('status').filter({ hasText: /tidak mengizinkan situs menyimpan data/ })).toContainText('Simpan rencana (berkas)');
	const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV' }).click()]);
	expect(readFileSync(await csv.path(), 'utf8')).toContain('Topik di memori');
});

test('dua tab: centang, isian templat dan topik kalender mengikuti tab lain', async ({ context }) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await a.goto(CHECKLIST_PAGE);
	await b.goto(CHECKLIST_PAGE);
	await checklist(a).getByRole('checkbox').nth(0).check();
	await expect(checklist(b).getByRole('checkbox').nth(0)).toBeChecked();
	await checklist(b).getByRole('checkbox').nth(1).check();
	await expect(checklist(a).getByRole('checkbox').nth(1)).toBeChecked();
	await expect(checklist(a).getByRole('checkbox').nth(0)).toBeChecked();

	await a.goto('/templat/pengaduan/');
	await b.goto('/templat/pengaduan/');
	await complaint(a).getByLabel('Sapaan untuk warga').fill('Pak Budi');
	await expect(complaint(b).getByLabel('Sapaan untuk warga')).toHaveValue('Pak Budi');
	await complaint(b).getByLabel('Unit yang menindaklanjuti').fill('Bidang Pelayanan');
	await expect(complaint(a).getByLabel('Unit yang menindaklanjuti')).toHaveValue('Bidang Pelayanan');

	const plan = '/alat/kalender-konten/?mulai=2026-12-07&selesai=2026-12-20&platform=facebook&per-facebook=2&campuran=80-20';
	await a.goto(plan);
	await b.goto(plan);
	await a.getByRole('textbox', { name: 'Topik untuk Facebook Selasa 8 Desember 2026' }).fill('TOPIK DARI TAB A');
	await expect(b.getByRole('textbox', { name: 'Topik untuk Facebook Selasa 8 Desember 2026' })).toHaveValue('TOPIK DARI TAB A');
	await b.getByRole('textbox', { name: 'Topik untuk Facebook Kamis 10 Desember 2026' }).fill('TOPIK DARI TAB B');
	await expect(a.getByRole('textbox', { name: 'Topik untuk Facebook Kamis 10 Desember 2026' })).toHaveValue('TOPIK DARI TAB B');

	const c = await context.newPage();
	await c.goto('/alat/kalender-konten/');
	await expect(c.getByRole('textbox', { name: 'Topik untuk Facebook Selasa 8 Desember 2026' })).toHaveValue('TOPIK DARI TAB A');
	await expect(c.getByRole('textbox', { name: 'Topik untuk Facebook Kamis 10 Desember 2026' })).toHaveValue('TOPIK DARI TAB B');
});

for (const [mode, setup] of [
	['diblokir', blockStorage],
	['penuh', fillStorage],
] as const) {
	test(`penyimpanan ${mode}: pemilih tema tetap mengganti tema tanpa galat skrip`, async ({ browser }) => {
		const context = await browser.newContext({ colorScheme: 'light' });
		await setup(context);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto('/');
		// The reader's system setting applies, as with storage allowed.
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		const picker = page.getByRole('banner').getByRole('combobox', { name: 'Pilih tema' });
		await picker.selectOption({ label: 'Gelap' });
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await picker.selectOption({ label: 'Otomatis' });
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		expect(errors).toEqual([]);
		await context.close();
	});
}

test('pilihan tema bertahan setelah dimuat ulang bila penyimpanan diizinkan', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'light' });
	const page = await context.newPage();
	await page.goto('/');
	await page.getByRole('banner').getByRole('combobox', { name: 'Pilih tema' }).selectOption({ label: 'Gelap' });
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(page.getByRole('banner').getByRole('combobox', { name: 'Pilih tema' })).toHaveValue('dark');
	await context.close();
});

test('dua tab: tema yang dipilih di satu tab ikut berlaku di tab lain', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'light' });
	const first = await context.newPage();
	const second = await context.newPage();
	await first.goto('/');
	await second.goto('/pedoman/prinsip-etika/');
	await expect(second.locator('html')).toHaveAttribute('data-theme', 'light');
	await first.getByRole('banner').getByRole('combobox', { name: 'Pilih tema' }).selectOption({ label: 'Gelap' });
	await expect(second.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expect(second.getByRole('banner').getByRole('combobox', { name: 'Pilih tema' })).toHaveValue('dark');
	await context.close();
});
