import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { test, expect } from './fixtures.ts';
import { axe } from './axe.ts';
import type { Page } from '@playwright/test';

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** All text of a DOCX (body, header, footer). */
function docxText(bytes: Uint8Array): string {
	const files = unzipSync(bytes);
	return Object.entries(files)
		.filter(([name]) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
		.map(([, data]) => [...strFromU8(data).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join(''))
		.join('\n');
}

async function openKit(page: Page) {
	page.on('dialog', (dialog) => dialog.accept());
	await page.goto('/sop/paket/');
	await expect(page.locator('pm-sop-kit')).toHaveAttribute('data-ready', '');
}

/** Cumulative layout shift of a page load, measured with a PerformanceObserver until the page is idle. */
async function layoutShift(page: Page, url: string): Promise<number> {
	await page.addInitScript(() => {
		(window as unknown as { __cls: number }).__cls = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) (window as unknown as { __cls: number }).__cls += entry.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	await page.goto(url, { waitUntil: 'networkidle' });
	// Two animation frames after idle, so late shifts are recorded.
	return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve((window as unknown as { __cls: number }).__cls)))));
}

test('paket: identitas sekali, tiga SOP, pelaksana diganti, versi dari penyusun → satu ZIP berisi SOP terisi, keputusan dan daftar', async ({ page }) => {
	test.setTimeout(120_000);
	await openKit(page);
	await page.getByLabel('Nama instansi').fill('Pemerintah Kabupaten Contoh');
	await page.getByLabel('Nama unit kerja').fill('Dinas Komunikasi dan Informatika');
	await page.getByLabel('Nama daerah (untuk keputusan)').fill('Kabupaten Contoh');
	await page.getByLabel('Jabatan pejabat pengesah').fill('Kepala Dinas Komunikasi dan Informatika');
	await page.getByLabel('Nama pejabat pengesah').fill('Dra. Siti Rahmawati');
	await page.getByLabel('NIP pejabat pengesah').fill('197001012000032001');
	await page.getByLabel('Tanggal efektif').fill('2027-02-01');
	await page.getByLabel('Pola nomor SOP').fill('{nomor}/SOP-MEDSOS/{tahun}');
	const list = page.getByRole('list').filter({ has: page.getByRole('checkbox') });
	const boxes = list.getByRole('checkbox');
	const titles = [await boxes.nth(0).getAttribute('value'), await boxes.nth(2).getAttribute('value'), await boxes.nth(4).getAttribute('value')];
	for (const i of [0, 2, 4]) await boxes.nth(i).check();
	await page.getByLabel('Admin Media Sosial', { exact: true }).fill('Pranata Humas Ahli Pertama');
	await expect(page.locator('[data-gaps]')).toHaveText('3 SOP dipilih; identitas lengkap.');

	// Change the third chosen SOP in the builder and save it back to the kit.
	const third = list.getByRole('listitem').filter({ has: page.locator(`[value="${titles[2]}"]`) });
	await third.getByRole('link', { name: /Ubah di penyusun/ }).click();
	await expect(page.locator('pm-sop-builder')).toHaveAttribute('data-ready', '');
	await page.getByLabel('Kegiatan', { exact: false }).first().fill('Langkah versi instansi sendiri');
	await page.getByRole('button', { name: 'Simpan ke paket' }).click();
	await expect(page.locator('pm-sop-builder [data-status]')).toHaveText('Versi ini disimpan ke Paket SOP. Halaman paket memakainya saat mengunduh.');
	await page.getByRole('link', { name: 'Kembali ke Paket SOP' }).click();
	await expect(page.locator('pm-sop-kit')).toHaveAttribute('data-ready', '');
	await expect(third.getByText('(versi diubah)')).toBeVisible();
	await expect(page.getByLabel('Nama instansi')).toHaveValue('Pemerintah Kabupaten Contoh');

	const scripts = new Set<string>();
	page.on('request', (r) => r.resourceType() === 'script' && scripts.add(r.url()));
	const pending = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Unduh paket' }).click();
	const download = await pending;
	expect(download.suggestedFilename()).toBe('paket-sop-dinas-komunikasi-dan-informatika.zip');
	expect(scripts.size, 'the DOCX generator and fflate load only on "Unduh paket"').toBeGreaterThan(0);
	const zip = unzipSync(new Uint8Array(readFileSync(await download.path())));
	const names = Object.keys(zip);
	expect(names).toEqual(['00-Keputusan-Kepala-pengesahan-SOP.docx', '00-Daftar-SOP.docx', `01-SOP-${titles[0]}.docx`, `02-SOP-${titles[1]}.docx`, `03-SOP-${titles[2]}.docx`]);
	for (const [i, name] of names.slice(2).entries()) {
		const text = docxText(zip[name]!);
		expect(text).toContain('Pemerintah Kabupaten Contoh');
		expect(text).toContain('NIP 197001012000032001');
		expect(text).toContain('1 Februari 2027');
		expect(text).toContain(`${i + 1}/SOP-MEDSOS/2027`);
		expect(text).not.toContain('[NAMA INSTANSI]');
	}
	expect(docxText(zip[names[4]!]!)).toContain('Langkah versi instansi sendiri');
	const decree = docxText(zip[names[0]!]!);
	for (const part of ['Menimbang', 'Mengingat', 'MEMUTUSKAN', 'Menetapkan', 'KESATU', 'LAMPIRAN', '3/SOP-MEDSOS/2027', 'KABUPATEN CONTOH']) expect(decree).toContain(part);
	expect(docxText(zip[names[1]!]!)).toContain(`03-SOP-${titles[2]}.docx`);
	await expect(page.locator('pm-sop-kit [data-status]')).toContainText('5 berkas');
});

test('paket: pengaturan bertahan setelah dimuat ulang; impor bertanya dulu; penyimpanan diblokir diberitahukan', async ({ page, context }) => {
	await openKit(page);
	await page.getByLabel('Nama instansi').fill('Dinas Uji');
	await expect(page.locator('[data-saved]')).toHaveText('Pengaturan tersimpan di peramban ini.');
	await page.reload();
	await expect(page.getByLabel('Nama instansi')).toHaveValue('Dinas Uji');
	const file = { name: 'lain.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'pedoman-medsos/sop-paket', version: 1, paket: { agency: 'Dinas Lain' } })) };
	await page.getByLabel('Impor pengaturan (JSON)').setInputFiles(file);
	const question = page.getByRole('alertdialog');
	const backup = page.waitForEvent('download');
	await question.getByRole('button', { name: 'Unduh pengaturan saat ini dulu' }).click();
	expect(JSON.parse(readFileSync(await (await backup).path(), 'utf8')).paket.agency).toBe('Dinas Uji');
	await question.getByRole('button', { name: 'Ganti dengan berkas ini' }).click();
	await expect(page.getByLabel('Nama instansi')).toHaveValue('Dinas Lain');

	const blocked = await context.newPage();
	await blocked.addInitScript(() => {
		Storage.prototype.setItem = () => {
			throw new DOMException('blocked', 'SecurityError');
		};
	});
	blocked.on('dialog', (d) => d.accept());
	await blocked.goto('/sop/paket/');
	await blocked.getByLabel('Nama unit kerja').fill('Unit Tetap Ada');
	await expect(blocked.getByRole('status').filter({ hasText: 'tidak mengizinkan situs menyimpan data' })).toBeVisible();
	await expect(blocked.getByLabel('Nama unit kerja')).toHaveValue('Unit Tetap Ada');
});

test('penyusun: penyimpanan penuh diberitahukan, dua tab tidak saling menimpa, draf raksasa tidak membekukan pratinjau', async ({ page, context }) => {
	test.setTimeout(90_000);
	page.on('dialog', (d) => d.accept());
	await page.goto('/sop/penyusun/');
	await expect(page.locator('pm-sop-builder')).toHaveAttribute('data-ready', '');
	await page.getByLabel('Nama SOP').fill('Versi tab pertama');
	await expect(page.locator('[data-preview]').getByText('Versi tab pertama').first()).toBeVisible();

	// A second tab edits the same draft: the first tab is told and saves nothing until the reader chooses.
	const other = await context.newPage();
	await other.goto('/sop/penyusun/');
	await expect(other.getByLabel('Nama SOP')).toHaveValue('Versi tab pertama');
	await other.getByLabel('Nama SOP').fill('Versi tab kedua');
	await expect(other.locator('[data-preview]').getByText('Versi tab kedua').first()).toBeVisible();
	const conflict = page.getByRole('alertdialog').filter({ hasText: 'diubah di tab atau jendela lain' });
	await expect(conflict).toBeVisible();
	await page.getByLabel('Nama unit kerja').fill('Ketikan tab pertama');
	await expect(page.locator('[data-preview]').getByText('Ketikan tab pertama')).toBeVisible();
	expect(await page.evaluate(() => JSON.parse(localStorage.getItem('pedoman:sop-penyusun')!).doc.title)).toBe('Versi tab kedua');
	await conflict.getByRole('button', { name: 'Muat versi dari tab lain' }).click();
	await expect(page.getByLabel('Nama SOP')).toHaveValue('Versi tab kedua');
	await other.close();

	// A draft far beyond normal size: a message instead of a frozen preview.
	const huge = { format: 'pedoman-medsos/sop', version: 1, sop: { title: 'Besar', actors: [{ id: 'p1', name: 'A' }], steps: Array.from({ length: 40 }, (_, i) => ({ id: `l${i}`, actor: 'p1', symbol: i === 0 ? 'start' : i === 39 ? 'end' : 'process', activity: 'x '.repeat(2500) })) } };
	await page.getByLabel('Impor draf (JSON)').setInputFiles({ name: 'besar.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(huge)) });
	await page.getByRole('alertdialog').getByRole('button', { name: 'Ganti dengan berkas ini' }).click();
	await expect(page.getByText('pratinjau langsung dihentikan')).toBeVisible();

	// Storage full: the reader is told how to keep the work, and the work stays on the page.
	const full = await context.newPage();
	await full.addInitScript(() => {
		const original = Storage.prototype.setItem;
		Storage.prototype.setItem = function (key: string, value: string) {
			if (key.startsWith('pedoman:sop')) throw new DOMException('full', 'QuotaExceededError');
			return original.call(this, key, value);
		};
	});
	await full.goto('/sop/penyusun/');
	await full.getByLabel('Nama instansi').fill('Tetap di halaman');
	await expect(full.getByRole('status').filter({ hasText: 'Ruang penyimpanan peramban penuh' })).toContainText('Ekspor draf (JSON)');
	await expect(full.getByLabel('Nama instansi')).toHaveValue('Tetap di halaman');
});

test('penyusun dan paket tampil tanpa pergeseran tata letak (CLS < 0,05)', async ({ page }) => {
	for (const url of ['/sop/penyusun/', '/sop/paket/']) {
		const cls = await layoutShift(page, url);
		console.log(`CLS ${url}: ${cls.toFixed(4)}`);
		expect(cls, url).toBeLessThan(0.05);
	}
});

test('tabel SOP dan tombol penyusun: td-has-header dan label-content-name-mismatch bersih', async ({ page }) => {
	for (const url of ['/sop/penanganan-pengaduan/', '/sop/penyusun/?dari=manajemen-krisis', '/sop/paket/']) {
		await page.goto(url);
		if (url.includes('penyusun')) await expect(page.locator('pm-sop-builder')).toHaveAttribute('data-ready', '');
		// Only the SOP's own parts (the site header's search button is not this feature's).
		const scope = url.includes('penyusun') ? 'pm-sop-builder' : url.includes('paket') ? 'pm-sop-kit' : '.sop-doc';
		const results = await axe(page).include(scope).withRules(['td-has-header', 'label-content-name-mismatch', 'th-has-data-cells']).analyze();
		expect(results.violations.map((v) => `${url} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	}
});
