import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoAxeViolations(page: Page, theme: 'light' | 'dark') {
	await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
	const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
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
		await expect(result.getByRole('row', { name: /Sabtu, 28 Nov 2026/ })).toContainText('Dilewati: Sabtu');

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
		await expect(result.getByRole('row', { name: /Kamis, 24 Des 2026/ })).toContainText('Cuti bersama: Kelahiran Yesus Kristus');
		await expect(result.getByRole('row', { name: /Jumat, 25 Des 2026/ })).toContainText('Libur nasional: Kelahiran Yesus Kristus');
		await expect(result.getByRole('note')).toBeHidden();

		await page.getByRole('radio', { name: 'Jumlah hari kerja lain' }).check();
		await page.getByRole('textbox', { name: /^Jumlah hari kerja/ }).fill('10');
		await expect(result.locator('.tool__figure')).toHaveText('Selasa, 5 Januari 2027');
		await expect(result.getByRole('note')).toContainText('data hari libur tahun 2027 belum tersedia');
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
		await page.goto('/alat/tenggat-hari-kerja/?diterima=2026-12-21&jenis=kip');
		await expect(page.getByRole('region', { name: 'Hasil' }).locator('.tool__figure')).toHaveText('Rabu, 6 Januari 2027');
		await page.getByText(/^Tahun 2026:/).click();
		await expectNoAxeViolations(page, 'light');
		await expectNoAxeViolations(page, 'dark');
	});
});
