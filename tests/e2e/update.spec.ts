import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { test, expect } from './fixtures.ts';
import { fillIdentity } from './sop-helpers.ts';

/**
 * A redeployment while readers have the site open. Build A is dist/; build B is a copy with one
 * page changed and one chunk changed (the Word generator, renamed as a new build would, with the
 * builder chunk and page that load it). Both are served on one origin by a small static server
 * that switches folders, as a server does when a deployment replaces the files.
 */
const port = Number(process.env.UPDATE_PORT ?? Number(process.env.E2E_PORT ?? 4321) + 40);
const origin = `http://localhost:${port}`;
test.use({ baseURL: origin });
test.describe.configure({ mode: 'serial' });

const A = resolve('dist');
const B = resolve('test-results/update-b');
const CHANGED_PAGE = '/krisis/akun-diretas/';
const MARK = ' (versi B)';
let root = A;
let server: Server;

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.json': 'application/json',
	'.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Makes build B from build A. */
function makeB() {
	rmSync(B, { recursive: true, force: true });
	cpSync(A, B, { recursive: true });
	const page = join(B, CHANGED_PAGE, 'index.html');
	const html = readFileSync(page, 'utf8').replace(/(<h1[^>]*>)([^<]+)/, `$1$2${MARK}`);
	writeFileSync(page, html);
	// The Word generator chunk changes: new name, so the builder chunk and its page change too.
	const astro = join(B, '_astro');
	const docx = readdirSync(astro).find((f) => /^docx\..+\.js$/.test(f))!;
	const builder = readdirSync(astro).find((f) => f.startsWith('SopBuilder') && f.endsWith('.js'))!;
	const newDocx = docx.replace(/\.js$/, 'b.js');
	const newBuilder = builder.replace(/\.js$/, 'b.js');
	renameSync(join(astro, docx), join(astro, newDocx));
	writeFileSync(join(astro, newDocx), readFileSync(join(astro, newDocx), 'utf8') + '\n// B\n');
	writeFileSync(join(astro, newBuilder), readFileSync(join(astro, builder), 'utf8').replaceAll(docx, newDocx));
	rmSync(join(astro, builder));
	for (const file of readdirSync(B, { recursive: true }) as string[]) {
		if (!/\.(html|js)$/.test(file)) continue;
		const text = readFileSync(join(B, file), 'utf8');
		if (text.includes(builder)) writeFileSync(join(B, file), text.replaceAll(builder, newBuilder));
	}
	// The changed page is precached, so the service worker of B differs in its revision.
	const sw = join(B, 'sw.js');
	const before = readFileSync(sw, 'utf8');
	const after = before.replace(new RegExp(`(url:\`${CHANGED_PAGE}\`,revision:\`)[0-9a-f]+`), '$1b0000000000000000000000000000b');
	expect(after).not.toBe(before);
	writeFileSync(sw, after);
}

test.beforeAll(async () => {
	expect(existsSync(join(A, 'sw.js')), 'build the site first').toBe(true);
	makeB();
	server = createServer((req, res) => {
		const path = decodeURIComponent(new URL(req.url!, origin).pathname);
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) {
			if (!path.endsWith('/')) return void res.writeHead(301, { location: `${path}/` }).end();
			file = join(file, 'index.html');
		}
		if (!file.startsWith(root) || !existsSync(file)) {
			return void res.writeHead(404, { 'content-type': TYPES['.html']! }).end(readFileSync(join(root, '404.html')));
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' }).end(readFileSync(file));
	});
	await new Promise<void>((done) => server.listen(port, 'localhost', done));
});

test.afterAll(async () => {
	await new Promise((done) => server?.close(done));
	rmSync(B, { recursive: true, force: true });
});

test('setelah pembaruan situs: halaman baru tampil pada kunjungan daring pertama, tab terbuka menawarkan "Muat ulang", DOCX tetap jalan, luring tetap bekerja', async ({ context, page }) => {
	test.setTimeout(120_000);
	page.on('dialog', (dialog) => dialog.accept());
	// Build A: a reader visits, the worker installs the crisis kit; a second tab has the builder open.
	await page.goto(CHANGED_PAGE);
	const titleA = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
	});
	const builder = await context.newPage();
	await builder.goto('/sop/penyusun/?dari=penanganan-pengaduan');
	await fillIdentity(builder, 'Dinas Kominfo Kabupaten Contoh');

	// Deploy B.
	root = B;

	// The first online visit shows the new page, not the precached one.
	await page.goto(CHANGED_PAGE);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${titleA}${MARK}`);

	// The open builder tab of build A learns of the new version and offers to reload.
	const offer = builder.getByRole('status').filter({ hasText: 'Versi baru pedoman sudah terbit' });
	await expect(offer).toBeVisible({ timeout: 30_000 });
	await offer.getByRole('button', { name: 'Muat ulang' }).click();
	await expect(builder.getByLabel('Nama instansi')).toHaveValue('Dinas Kominfo Kabupaten Contoh');
	const downloading = builder.waitForEvent('download');
	await builder.getByRole('button', { name: 'Unduh DOCX' }).click();
	const docx = unzipSync(new Uint8Array(readFileSync((await (await downloading).path())!)));
	expect(strFromU8(docx['word/document.xml']!)).toContain('Dinas Kominfo Kabupaten Contoh');

	// Offline: build B's crisis kit, including the changed page.
	await context.setOffline(true);
	await page.goto(CHANGED_PAGE);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${titleA}${MARK}`);
	await page.goto('/krisis/hoaks-viral/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/hoaks/i);
	await context.setOffline(false);
});

test('tanpa service worker pun, tab lama yang kehilangan modul DOCX menawarkan "Muat ulang"', async ({ browser }) => {
	const context = await browser.newContext({ serviceWorkers: 'block', baseURL: origin });
	const builder = await context.newPage();
	root = A;
	await builder.goto('/sop/penyusun/?dari=penanganan-pengaduan');
	await builder.getByLabel('Nama instansi').fill('Dinas Kominfo Kabupaten Contoh');
	root = B;
	await builder.getByRole('button', { name: 'Unduh DOCX' }).click();
	// The form is incomplete, so the builder asks for the missing fields before it loads the generator.
	await fillIdentity(builder, 'Dinas Kominfo Kabupaten Contoh');
	await builder.getByRole('button', { name: 'Unduh DOCX' }).click();
	await expect(builder.getByRole('status').filter({ hasText: 'Versi baru pedoman sudah terbit' }).getByRole('button', { name: 'Muat ulang' })).toBeVisible();
	await context.close();
	root = A;
});
