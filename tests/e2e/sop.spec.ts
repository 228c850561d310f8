import { readFileSync, readdirSync } from 'node:fs';
import { expectAccessibleInBothThemes } from './axe.ts';
import { fillIdentity, openBuilder } from './sop-helpers.ts';
import { strFromU8, unzipSync } from 'fflate';
import yaml from 'js-yaml';
import { test, expect } from './fixtures.ts';

interface SopYaml {
	title: string;
	actors: { id: string; name: string }[];
	steps: { id: string; activity: string }[];
}
const dir = new URL('../../src/content/sop/', import.meta.url);
const sops = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({ slug: f.replace(/\.yaml$/, ''), ...(yaml.load(readFileSync(new URL(f, dir), 'utf8')) as SopYaml) }));

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** Paragraph texts of word/document.xml in a DOCX package. */
function docxText(bytes: Uint8Array): string {
	const files = unzipSync(bytes);
	expect(Object.keys(files)).toContain('[Content_Types].xml');
	const xml = strFromU8(files['word/document.xml']!);
	return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1]!)).join('')).join('\n');
}

test('ada 12 SOP atau lebih', () => {
	expect(sops.length).toBeGreaterThanOrEqual(12);
});

for (const sop of sops) {
	test(`halaman SOP ${sop.slug} menampilkan identitas dan semua langkahnya`, async ({ page }) => {
		await page.goto(`/sop/${sop.slug}/`);
		await expect(page.getByRole('heading', { level: 1, name: `SOP ${sop.title}` })).toBeVisible();
		// The flowchart is split into the same pages as the DOCX; each page is a table with the full heading.
		const flow = page.getByRole('table', { name: `Diagram alir: ${sop.title}` }).first();
		await expect(flow.getByRole('columnheader', { name: 'Kelengkapan' })).toBeVisible();
		for (const actor of sop.actors) await expect(flow.getByRole('columnheader', { name: actor.name, exact: true })).toBeVisible();
		const pages = await page.getByRole('table', { name: `Diagram alir: ${sop.title}` }).count();
		const rows = page.locator('table.sop-flow tbody tr[data-step]');
		// Every page break has an outgoing and an incoming off-page connector row.
		await expect(page.locator('tr[data-connector="outgoing"]')).toHaveCount(pages - 1);
		await expect(page.locator('tr[data-connector="incoming"]')).toHaveCount(pages - 1);
		await expect(rows).toHaveCount(sop.steps.length);
		for (const [i, step] of sop.steps.entries()) {
			await expect(rows.nth(i).getByRole('cell').nth(1)).toHaveText(step.activity);
			await expect(rows.nth(i).getByRole('img')).toHaveAttribute('aria-label', /oleh/);
		}
		const identity = page.getByRole('table', { name: 'Identitas SOP', exact: true });
		await expect(identity.getByRole('rowheader', { name: 'Nomor SOP' })).toBeVisible();
		await expect(identity.getByRole('rowheader', { name: 'Disahkan oleh' })).toBeVisible();
		await expect(page.getByRole('table', { name: 'Identitas SOP (lanjutan)' }).getByText('Pencatatan dan Pendataan:')).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Rujukan' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Unduh DOCX' })).toHaveAttribute('href', `/unduhan/sop/${sop.slug}.docx`);
	});

	test(`berkas /unduhan/sop/${sop.slug}.docx berisi judul dan semua langkah`, async ({ request }) => {
		const response = await request.get(`/unduhan/sop/${sop.slug}.docx`);
		expect(response.ok()).toBe(true);
		const text = docxText(new Uint8Array(await response.body()));
		expect(text).toContain(sop.title);
		for (const step of sop.steps) expect(text).toContain(step.activity);
		expect(text).toContain('[NAMA INSTANSI]');
		expect(text).toContain('[NIP]');
	});
}

test('katalog SOP: setiap SOP punya tautan unduh, halaman dan penyusun', async ({ page }) => {
	await page.goto('/sop/');
	for (const sop of sops) {
		const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: `SOP ${sop.title}` }) });
		await expect(card.getByRole('link', { name: 'Unduh DOCX' })).toHaveAttribute('href', `/unduhan/sop/${sop.slug}.docx`);
		await expect(card.getByRole('link', { name: 'Lihat SOP' })).toHaveAttribute('href', `/sop/${sop.slug}/`);
		await expect(card.getByText(sop.actors[0]!.name, { exact: false })).toBeVisible();
	}
	await expect(page.getByRole('navigation', { name: 'Utama' }).getByRole('link', { name: 'Penyusun SOP' })).toBeVisible();
});

// ---- builder ---------------------------------------------------------------



test('penyusun: draf bertahan setelah dimuat ulang, lalu ekspor → hapus → impor mengembalikan isi yang sama', async ({ page }) => {
	await openBuilder(page, '?dari=publikasi-konten');
	await expect(page.getByLabel('Nama SOP')).toHaveValue('Publikasi Konten');
	await page.getByLabel('Nama instansi').fill('Pemerintah Kabupaten Contoh');
	await page.getByLabel('Kegiatan', { exact: false }).first().fill('Membuka daftar unggahan & "jadwal" <hari ini>');
	const preview = page.locator('[data-preview]');
	await expect(preview.getByText('Pemerintah Kabupaten Contoh')).toBeVisible();
	await expect(preview.getByText('Membuka daftar unggahan & "jadwal" <hari ini>')).toBeVisible();

	await expect(page.locator('[data-saved]')).toContainText('tersimpan');
	await page.reload();
	await expect(page.getByLabel('Nama instansi')).toHaveValue('Pemerintah Kabupaten Contoh');
	await expect(page.getByLabel('Kegiatan', { exact: false }).first()).toHaveValue('Membuka daftar unggahan & "jadwal" <hari ini>');

	const exported = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Ekspor draf (JSON)' }).click();
	const download = await exported;
	expect(download.suggestedFilename()).toBe('draf-sop-publikasi-konten.json');
	const path = await download.path();
	const json = JSON.parse(readFileSync(path, 'utf8'));
	expect(json).toMatchObject({ format: 'pedoman-medsos/sop', version: 1, sop: { agency: 'Pemerintah Kabupaten Contoh', title: 'Publikasi Konten' } });

	await page.getByRole('button', { name: 'Hapus draf' }).click();
	await expect(page.locator('pm-sop-builder [data-status]')).toHaveText('Draf dihapus. Penyusun kembali kosong.');
	await expect(page.getByLabel('Nama instansi')).toHaveValue('');
	await expect(page.getByLabel('Nama SOP')).toHaveValue('');

	await page.getByLabel('Impor draf (JSON)').setInputFiles(path);
	// Import asks first and offers a copy of the open draft.
	const question = page.getByRole('alertdialog');
	await expect(question).toContainText('akan mengganti draf yang sedang terbuka');
	await question.getByRole('button', { name: 'Ganti dengan berkas ini' }).click();
	await expect(page.getByLabel('Nama instansi')).toHaveValue('Pemerintah Kabupaten Contoh');
	await expect(page.getByLabel('Nama SOP')).toHaveValue('Publikasi Konten');
	await expect(page.getByLabel('Kegiatan', { exact: false }).first()).toHaveValue('Membuka daftar unggahan & "jadwal" <hari ini>');
	await expect(page.locator('[data-steps] > li')).toHaveCount(json.sop.steps.length);
});

test('penyusun: berkas impor yang salah ditolak dengan pesan jelas tanpa mengubah draf', async ({ page }) => {
	await openBuilder(page, '?dari=klarifikasi-hoaks');
	await page.getByLabel('Nama instansi').fill('Dinas Tetap');
	await page.getByLabel('Impor draf (JSON)').setInputFiles({ name: 'rusak.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"lain"}') });
	await expect(page.getByRole('alert').filter({ hasText: 'Impor gagal' })).toHaveText('Impor gagal: Berkas ini bukan draf SOP dari Pedoman Medsos. Draf Anda tidak diubah.');
	await page.getByLabel('Impor draf (JSON)').setInputFiles({ name: 'bukan.json', mimeType: 'application/json', buffer: Buffer.from('ini bukan json') });
	await expect(page.getByRole('alert').filter({ hasText: 'Impor gagal' })).toContainText('bukan JSON yang valid');
	await expect(page.getByLabel('Nama instansi')).toHaveValue('Dinas Tetap');
	await expect(page.getByLabel('Nama SOP')).toHaveValue('Klarifikasi Hoaks');
});

test('penyusun: isian wajib yang kosong dan alur yang rusak dilaporkan sebelum unduh', async ({ page }) => {
	await openBuilder(page, '?dari=perencanaan-konten');
	await page.getByRole('button', { name: 'Unduh DOCX' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'Periksa dulu sebelum mengunduh' });
	await expect(summary).toBeFocused();
	await expect(summary.getByRole('link', { name: 'Nama instansi wajib diisi.' })).toBeVisible();
	await expect(summary.getByRole('link', { name: 'Nomor SOP masih memuat isian dalam kurung siku; ganti dengan data instansi Anda.' })).toBeVisible();
	await expect(page.getByLabel('Nama instansi')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('#sb-agency-error')).toHaveText('Nama instansi wajib diisi.');
	await page.getByLabel('NIP pengesah').fill('12345');
	await expect(page.locator('#sb-approver-nip-error')).toHaveText('NIP harus terdiri atas 18 angka.');

	// Break the flow: the approval decision loses its "Ya" branch.
	const step6 = page.getByRole('group', { name: 'Langkah 6' });
	await step6.getByLabel('Jika "Ya", ke').selectOption('');
	await expect(step6.getByText('Langkah 6: keputusan wajib punya tujuan "Ya".')).toBeVisible();
	await expect(page.locator('[data-preview]').getByText('Diagram alir belum dapat digambar.')).toBeVisible();
	await expect(page.locator('[data-preview] .sop-flow')).toHaveCount(0);
});

test('penyusun: DOCX dari draf memuat nama instansi pengguna dan langkahnya', async ({ page }) => {
	await openBuilder(page, '?dari=penanganan-pengaduan');
	await fillIdentity(page, 'Dinas Kependudukan Kabupaten Contoh');
	await page.getByLabel('Kegiatan', { exact: false }).nth(1).fill('Membalas pengaduan dengan sopan 😀 & cepat');
	const scripts = new Set<string>();
	page.on('request', (r) => r.resourceType() === 'script' && scripts.add(r.url()));
	const pending = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Unduh DOCX' }).click();
	const download = await pending;
	expect(download.suggestedFilename()).toBe('SOP-penanganan-pengaduan-melalui-media-sosial.docx');
	const text = docxText(new Uint8Array(readFileSync(await download.path())));
	expect(text).toContain('Dinas Kependudukan Kabupaten Contoh');
	expect(text).toContain('Membalas pengaduan dengan sopan 😀 & cepat');
	expect(text).toContain('19800101 200501 1 001');
	expect(text).toContain('2 November 2026');
	await expect(page.locator('pm-sop-builder [data-status]')).toHaveText('Berkas SOP-penanganan-pengaduan-melalui-media-sosial.docx siap diunduh.');
	expect(scripts.size, 'the DOCX generator is loaded on demand').toBeGreaterThan(0);
});

test('penyusun: dapat dipakai dengan papan ketik (tambah, pindah, hapus langkah; fokus tetap terarah)', async ({ page }) => {
	await openBuilder(page);
	await expect(page.locator('[data-steps] > li')).toHaveCount(2);
	await page.getByRole('button', { name: 'Tambah langkah di akhir' }).focus();
	await page.keyboard.press('Enter');
	const steps = page.locator('[data-steps] > li');
	await expect(steps).toHaveCount(3);
	await expect(page.getByRole('group', { name: 'Langkah 3' }).getByLabel('Kegiatan', { exact: false })).toBeFocused();
	await page.keyboard.type('Menyusun rancangan');
	await page.getByRole('button', { name: 'Naikkan langkah 3' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('group', { name: 'Langkah 2' }).getByLabel('Kegiatan', { exact: false })).toHaveValue('Menyusun rancangan');
	await expect(page.getByRole('button', { name: 'Naikkan langkah 2' })).toBeFocused();
	await expect(page.locator('pm-sop-builder [data-status]')).toHaveText('Langkah 3 dipindah ke urutan 2.');
	// The flow start → rancangan → end is valid and drawn.
	await expect(page.locator('[data-preview] .sop-flow tbody tr')).toHaveCount(3);
	// Rename the actor with the keyboard and see it in the preview header.
	await page.getByLabel('Nama pelaksana 1').focus();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('Admin Media Sosial');
	await expect(page.locator('[data-preview]').getByRole('columnheader', { name: 'Admin Media Sosial' })).toBeVisible();
	await page.getByRole('button', { name: 'Hapus langkah 2' }).focus();
	await page.keyboard.press('Enter');
	await expect(steps).toHaveCount(2);
	await expect(page.getByRole('group', { name: 'Langkah 2' }).getByLabel('Kegiatan', { exact: false })).toBeFocused();
});

// Static SOP pages are scanned by the site-wide sweep; here the builder with a loaded template.
test('axe: penyusun dengan templat termuat tanpa pelanggaran WCAG (terang dan gelap)', async ({ page }) => {
	test.setTimeout(120_000);
	await openBuilder(page, '?dari=perencanaan-konten');
	await expectAccessibleInBothThemes(page, 'penyusun');
});
