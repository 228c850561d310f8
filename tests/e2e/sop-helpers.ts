import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/** Opens the SOP builder (optionally with a query such as `?dari=<slug>`) and waits until its script has taken over. */
export async function openBuilder(page: Page, query = '') {
	page.on('dialog', (dialog) => dialog.accept());
	await page.goto(`/sop/penyusun/${query}`);
	await expect(page.getByRole('heading', { name: 'Pratinjau' })).toBeVisible();
	await expect(page.locator('pm-sop-builder')).toHaveAttribute('data-ready', '');
}

/** Fills the builder's identity fields the way an agency would. */
export async function fillIdentity(page: Page, agency: string) {
	await page.getByLabel('Nama instansi').fill(agency);
	await page.getByLabel('Nama unit kerja').fill('Dinas Komunikasi dan Informatika');
	await page.getByLabel('Nomor SOP').fill('800/12/SOP-MEDSOS/2026');
	await page.getByLabel('Tanggal pembuatan').fill('2026-11-02');
	await page.getByLabel('Tanggal efektif').fill('2026-12-01');
	await page.getByLabel('Jabatan pengesah').fill('Kepala Dinas Komunikasi dan Informatika');
	await page.getByLabel('Nama pengesah').fill('Budi Contoh, S.Sos.');
	await page.getByLabel('NIP pengesah').fill('19800101 200501 1 001');
}
