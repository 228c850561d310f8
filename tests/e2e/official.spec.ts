import type { Page } from '@playwright/test';
import { test, expect } from './fixtures.ts';
import { SCENARIOS, playbookHref } from '../../src/lib/crisis/scenarios.ts';
import { SITE } from '../../src/config/site.ts';
import { readPdf } from './pdf.ts';

/** A phone's first screen. */
const PHONE = { width: 375, height: 812 };

/** Top of an element relative to the first screen (the page is not scrolled). */
async function topOf(locator: ReturnType<Page["locator"]>): Promise<number> {
	const box = await locator.boundingBox();
	expect(box, 'element is laid out').not.toBeNull();
	return box!.y;
}

test.describe('jalur krisis di layar pertama ponsel (375×812)', () => {
	test.use({ viewport: PHONE });

	test('/krisis/: daftar skenario tampil sebelum penentu tingkat krisis', async ({ page }) => {
		await page.goto('/krisis/');
		const first = page.getByRole('link', { name: new RegExp(`^${SCENARIOS[0]!.title}`) });
		const triage = page.getByRole('link', { name: /Tentukan tingkat krisis/ });
		const firstBox = await first.boundingBox();
		expect(firstBox!.y + firstBox!.height, 'the first scenario is whole on the first screen').toBeLessThanOrEqual(PHONE.height);
		expect(await topOf(triage)).toBeGreaterThan(firstBox!.y);
	});

	test('setiap panduan skenario dibuka dengan "Lakukan sekarang" dan langkah pertamanya', async ({ page }) => {
		for (const scenario of SCENARIOS) {
			await page.goto(playbookHref(scenario));
			const block = page.getByRole('region', { name: /^Lakukan sekarang/ });
			const firstStep = block.getByRole('listitem').first();
			await expect(firstStep, scenario.slug).toBeVisible();
			const box = await firstStep.boundingBox();
			expect(box!.y + 60, `${scenario.slug}: the first step starts on the first screen`).toBeLessThanOrEqual(PHONE.height);
			// The steps moved to the top: the section further down points there instead of repeating them.
			await expect(page.getByRole('link', { name: 'Lakukan sekarang' })).toHaveAttribute('href', '#lakukan-sekarang');
		}
	});
});

test('kartu krisis: satu halaman A4 dengan 15 menit pertama, pembagian tugas dan pernyataan awal', async ({ page }) => {
	await page.addInitScript(() => {
		// Record what "Cetak kartu krisis" asks to print instead of opening the dialog.
		window.print = () => void ((window as unknown as { printed: string }).printed = document.documentElement.dataset.print ?? '');
	});
	await page.goto('/krisis/akun-diretas/');
	await page.getByRole('button', { name: /Cetak kartu krisis/ }).click();
	expect(await page.evaluate(() => (window as unknown as { printed: string }).printed)).toBe('kartu');

	await page.evaluate(() => (document.documentElement.dataset.print = 'kartu'));
	await page.emulateMedia({ media: 'print' });
	const card = page.getByRole('region', { name: 'Kartu krisis: Akun resmi diretas' });
	await expect(card).toBeVisible();
	await expect(card).toContainText('15 menit pertama');
	await expect(card.getByRole('table')).toContainText('Pengelola TI');
	await expect(card).toContainText('PERINGATAN:');
	// Nothing else of the page is printed.
	await expect(page.getByRole('region', { name: /^Lakukan sekarang/ })).toBeHidden();
	await expect(page.getByRole('heading', { name: 'Cara mengenali akun yang diretas' })).toBeHidden();
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	expect((await readPdf(pdf, { text: false })).pages).toBe(1);
});

test.describe('kaki halaman, masukan dan bagikan', () => {
	test('kaki halaman menyebut penerbit, versi dan status, kontak, riwayat perubahan dan lisensi', async ({ page }) => {
		await page.goto('/pedoman/prinsip-etika/');
		const footer = page.locator('footer.page-footer');
		await expect(footer).toContainText(SITE.publisher.name);
		await expect(footer).toContainText(new RegExp(`Versi ${SITE.version.number.replace('.', '\\.')} · ${SITE.version.status} sejak \\d{1,2} \\S+ \\d{4}`));
		await expect(footer.getByRole('link', { name: SITE.publisher.email! })).toHaveAttribute('href', `mailto:${SITE.publisher.email}`);
		await expect(footer.getByRole('link', { name: SITE.licence.name })).toBeVisible();
		await footer.getByRole('link', { name: 'Riwayat perubahan' }).click();
		await expect(page).toHaveURL(/\/referensi\/riwayat-perubahan\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Riwayat perubahan');
	});

	test('"Apakah halaman ini membantu?": Tidak → email berisi judul dan alamat halaman', async ({ page }) => {
		await page.goto('/krisis/akun-diretas/');
		const box = page.locator('pm-feedback');
		await box.getByRole('button', { name: 'Tidak' }).click();
		await expect(box.getByRole('button', { name: 'Tidak' })).toBeHidden();
		const link = box.getByRole('link', { name: /Kirim masukan lewat email/ });
		const href = new URL((await link.getAttribute('href'))!);
		expect(href.protocol).toBe('mailto:');
		expect(href.pathname).toBe(SITE.feedback.email);
		expect(href.searchParams.get('subject')).toBe('Masukan untuk halaman: Akun resmi diretas');
		expect(href.searchParams.get('body')).toContain(`Alamat: ${new URL('/krisis/akun-diretas/', page.url()).href}`);
		expect(href.searchParams.get('body')).toContain('membantu? Tidak');
	});

	test('Bagikan: tanpa Web Share, "Salin tautan" menyalin alamat dan WhatsApp membawa judul dan alamat', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/pedoman/interaksi/menanggapi-komentar/');
		const share = page.locator('footer.page-footer').locator('..').locator('pm-share');
		await share.getByRole('button', { name: 'Salin tautan' }).click();
		await expect(share).toContainText('Tautan disalin.');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
		const wa = new URL((await share.getByRole('link', { name: 'WhatsApp' }).getAttribute('href'))!);
		expect(wa.origin).toBe('https://wa.me');
		expect(wa.searchParams.get('text')).toBe(`Menanggapi komentar dan DM\n${page.url()}`);
	});

	test('Bagikan pada templat: tautannya langsung ke templat itu', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await page.goto('/templat/kritik/');
		const template = page.locator('section.tpl').first();
		const id = await template.getAttribute('aria-labelledby');
		await template.getByRole('button', { name: 'Salin tautan' }).click();
		const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
		expect(copied.pathname + copied.hash).toBe(`/templat/kritik/#${id}`);
		await expect(page.locator(`#${id}`)).toBeAttached();
	});

	test('Bagikan hasil triase: WhatsApp membawa tautan dengan jawaban', async ({ page }) => {
		const query = '?skenario=salah-unggah&sebaran=terbatas&sentimen=netral&pejabat=tidak&dampak=tidak&media=belum&hukum=tidak';
		await page.goto(`/krisis/tingkat-krisis/${query}`);
		const result = page.getByRole('region', { name: /^Hasil:/ });
		const wa = new URL((await result.getByRole('link', { name: 'WhatsApp' }).getAttribute('href'))!);
		expect(wa.searchParams.get('text')).toContain(new URL(`/krisis/tingkat-krisis/${query}`, page.url()).href);
	});
});

test.describe('situs resmi dan bisa dipasang', () => {
	test('manifest: nama Indonesia, ikon dari logo, warna tema, mulai di pusat krisis', async ({ page, request }) => {
		await page.goto('/');
		const href = await page.locator('link[rel="manifest"]').getAttribute('href');
		const manifest = await (await request.get(href!)).json();
		expect(manifest).toMatchObject({ name: SITE.name, short_name: SITE.shortName, lang: 'id', start_url: '/krisis/', theme_color: SITE.themeColor, display: 'standalone' });
		for (const icon of manifest.icons as { src: string; sizes: string }[]) {
			const png = await (await request.get(icon.src)).body();
			const [w, h] = [png.readUInt32BE(16), png.readUInt32BE(20)];
			expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
		}
	});

	test('kartu sosial per halaman: PNG 1200×630; tanpa SITE_URL tidak ada alamat absolut ke localhost', async ({ request }) => {
		// The page as served (the built HTML): no canonical, og:url or og:image pointing at a development host.
		const html = await (await request.get('/krisis/akun-diretas/')).text();
		expect(html).not.toMatch(/https?:\/\/(localhost|127\.0\.0\.1)/);
		const card = await request.get('/kartu/krisis/akun-diretas.png');
		expect(card.headers()['content-type']).toBe('image/png');
		const png = await card.body();
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
	});

	test('beranda: lima pintu di layar pertama laptop dan ponsel, judul tidak dobel', async ({ page }) => {
		for (const viewport of [{ width: 1280, height: 800 }, PHONE]) {
			await page.setViewportSize(viewport);
			await page.goto('/');
			const doors = page.getByRole('navigation', { name: 'Pintu utama' }).getByRole('link');
			await expect(doors).toHaveText([/Baca pedoman/, /Unduh SOP/, /Sedang krisis\?/, /Templat balasan/, /Alat hitung/]);
			for (const door of await doors.all()) {
				const box = await door.boundingBox();
				expect(box!.y + box!.height, `${await door.textContent()} at ${viewport.width}px`).toBeLessThanOrEqual(viewport.height);
			}
			await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(SITE.name);
		}
	});

	test('bilah samping halaman dalam hanya membuka bagiannya sendiri', async ({ page }) => {
		await page.goto('/krisis/akun-diretas/');
		const sidebar = page.locator('#starlight__sidebar');
		await expect(sidebar.getByRole('link', { name: 'Akun resmi diretas' })).toBeVisible();
		await expect(sidebar.getByRole('link', { name: 'Prinsip dan etika' })).toBeHidden();
	});
});

test('/cetak/: "Cara mencetak" hanya di layar, tidak ada skrip per bab, nomor daftar isi tidak menimpa judul', async ({ page }) => {
	await page.goto('/cetak/');
	const howTo = page.getByText('Cara mencetak', { exact: true });
	await expect(howTo).toBeVisible();
	// Checklists inside chapters stay static here: no custom element to upgrade per chapter.
	expect(await page.locator('pm-checklist').count()).toBe(0);
	await page.emulateMedia({ media: 'print' });
	await expect(howTo).toBeHidden();
	// Two TOC columns: the gap is wider than a number marker, so no title runs under the next column's numbers.
	const gap = await page.locator('.print-book__toc ol').evaluate((ol) => {
		const style = getComputedStyle(ol);
		return { gap: parseFloat(style.columnGap), font: parseFloat(style.fontSize) };
	});
	expect(gap.gap).toBeGreaterThan(2.5 * gap.font);
});
