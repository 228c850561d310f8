import { test, expect } from './fixtures.ts';

/** The content and platform chapters written in this branch: URL, the H1 the reader must see, and the platform label of platform pages. */
const PAGES: { path: string; title: string; tag?: string }[] = [
	{ path: '/pedoman/konten/pilar-konten/', title: 'Pilar konten dan porsi konten' },
	{ path: '/pedoman/konten/bahasa-caption/', title: 'Bahasa caption, thread, dan balasan' },
	{ path: '/pedoman/konten/visual-template/', title: 'Templat visual dan foto' },
	{ path: '/pedoman/konten/kalender-konten/', title: 'Kalender konten dan frekuensi unggahan' },
	{ path: '/pedoman/konten/persetujuan-konten/', title: 'Persetujuan konten sebelum unggah' },
	{ path: '/pedoman/konten/aksesibilitas/', title: 'Aksesibilitas unggahan' },
	{ path: '/pedoman/konten/hak-cipta-data-pribadi/', title: 'Hak cipta dan data pribadi' },
	{ path: '/pedoman/platform/instagram/', tag: 'Instagram', title: 'Instagram' },
	{ path: '/pedoman/platform/facebook/', tag: 'Facebook', title: 'Facebook' },
	{ path: '/pedoman/platform/x/', tag: 'X (Twitter)', title: 'X (Twitter)' },
	{ path: '/pedoman/platform/youtube/', tag: 'YouTube', title: 'YouTube' },
	{ path: '/pedoman/platform/tiktok/', tag: 'TikTok', title: 'TikTok' },
	{ path: '/pedoman/platform/whatsapp/', tag: 'WhatsApp', title: 'WhatsApp (Saluran dan WhatsApp Business)' },
	{ path: '/pedoman/platform/situs-web/', tag: 'Situs web & Google', title: 'Situs web dan Google' },
];

for (const { path, title } of PAGES) {
	test(`${path}: judul, bagian, dan pasangan Lakukan/Hindari tampil`, async ({ page }) => {
		await page.goto(path);
		const main = page.getByRole('main');
		await expect(main.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();

		// At least three sections of the page's own (the automatic "Rujukan" list does not count).
		const sections = main.getByRole('heading', { level: 2 }).filter({ hasNotText: /^Rujukan$/ });
		expect(await sections.count()).toBeGreaterThanOrEqual(3);
		await expect(main.getByRole('heading', { level: 2, name: 'Rujukan' })).toBeVisible();

		// A judgement pair shows both halves, each labelled in words.
		const pair = main.getByRole('group', { name: /^Lakukan dan hindari/ }).first();
		await expect(pair).toBeVisible();
		await expect(pair.getByText('Lakukan', { exact: true })).toBeVisible();
		await expect(pair.getByText('Hindari', { exact: true })).toBeVisible();
	});
}

test('halaman platform menampilkan label platformnya di bawah judul', async ({ page }) => {
	for (const { path, tag } of PAGES) {
		if (!tag) continue;
		await page.goto(path);
		const meta = page.getByRole('main').locator('.page-meta');
		await expect(meta.getByText(tag, { exact: true })).toBeVisible();
		await expect(meta.getByText('Pedoman', { exact: true })).toBeVisible();
		await expect(meta).toContainText('Terakhir ditinjau 21 November 2026');
	}
});

test('daftar periksa pra-publikasi menyimpan centang setelah halaman dimuat ulang', async ({ page }) => {
	await page.goto('/pedoman/konten/persetujuan-konten/');
	const checklist = page.getByRole('group', { name: 'Daftar periksa pra-publikasi' });
	const boxes = checklist.getByRole('checkbox');
	const total = await boxes.count();
	expect(total).toBeGreaterThanOrEqual(12);
	expect(total).toBeLessThanOrEqual(16);
	await expect(checklist.getByText(`0 dari ${total} butir selesai`)).toBeVisible();

	const timeZone = checklist.getByRole('checkbox', { name: /zona waktu/ });
	const personalData = checklist.getByRole('checkbox', { name: /data pribadi warga/ });
	await timeZone.check();
	await personalData.check();
	await expect(checklist.getByText(`2 dari ${total} butir selesai`)).toBeVisible();

	await page.reload();
	const reloaded = page.getByRole('group', { name: 'Daftar periksa pra-publikasi' });
	await expect(reloaded.getByRole('checkbox', { name: /zona waktu/ })).toBeChecked();
	await expect(reloaded.getByRole('checkbox', { name: /data pribadi warga/ })).toBeChecked();
	await expect(reloaded.getByRole('checkbox', { name: /Nama, gelar, dan jabatan/ })).not.toBeChecked();
	await expect(reloaded.getByText(`2 dari ${total} butir selesai`)).toBeVisible();

	await reloaded.getByRole('button', { name: 'Atur ulang daftar' }).click();
	await expect(reloaded.getByText(`0 dari ${total} butir selesai`)).toBeVisible();
	await page.reload();
	await expect(page.getByRole('group', { name: 'Daftar periksa pra-publikasi' }).getByRole('checkbox', { name: /zona waktu/ })).not.toBeChecked();
});
