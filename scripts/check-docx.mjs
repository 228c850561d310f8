// `npm run check:docx`: the generated Word files must print as a careful office expects.
// LibreOffice (headless; installed with apt-get on a fresh Debian machine, like
// ensure-chromium.mjs does for Chromium) converts to PDF:
//   - every static SOP in dist/unduhan/sop/ (run after `npm run build`),
//   - a builder SOP with a 25-step flow that spans pages,
//   - the kit ZIP for all SOPs with a filled identity: each SOP, the draft decree and the index.
// The PDF text (read with pdfjs-dist) is checked for "Halaman x dari y" on every page, the
// SOP's name and number in every page header, the approval block on the first page, matching
// off-page connectors at every flowchart page break, and no word broken inside a word.
// KEEP_PDF=1 keeps the PDFs for a look (pdftoppm -png makes pictures of the pages).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { unzipSync, strFromU8 } from 'fflate';
import { Resvg } from '@resvg/resvg-js';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { sopFileSchema } from '../src/lib/sop/schema.ts';
import { fromSopFile } from '../src/lib/sop/document.ts';
import { renderDocx } from '../src/lib/sop/docx.ts';
import { emptyKit } from '../src/lib/sop/kit.ts';
import { buildKitZip, DECREE_FILE, INDEX_FILE } from '../src/lib/sop/kit-zip.ts';
import { brokenWords, checkPrintedSop } from '../src/lib/sop/print-check.ts';
import { longSop } from '../tests/fixtures/long-sop.ts';

const dir = 'dist/unduhan/sop';
const fail = (message) => {
	console.error(`✗ ${message}`);
	process.exit(1);
};
if (!existsSync(dir)) fail(`${dir} tidak ada. Jalankan "npm run build" dahulu.`);
const staticFiles = readdirSync(dir).filter((f) => f.endsWith('.docx')).sort();
if (!staticFiles.length) fail(`Tidak ada berkas DOCX di ${dir}.`);

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
if (!has('soffice')) {
	if (process.getuid?.() === 0 && has('apt-get')) {
		console.log('LibreOffice belum terpasang; memasang libreoffice-writer dengan apt-get …');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'libreoffice-writer'], { stdio: 'inherit', env });
		if (!install || install.status !== 0 || !has('soffice')) fail('Gagal memasang libreoffice-writer.');
	} else {
		fail('LibreOffice tidak ditemukan. Pasang paket Debian "libreoffice-writer" (mis. sudo apt-get install libreoffice-writer), lalu ulangi.');
	}
}

const started = Date.now();
const work = mkdtempSync(join(tmpdir(), 'sop-docx-'));
const out = join(work, 'pdf');
const profile = join(work, 'profile');

// Rasteriser for the pictures' PNG fallback, as at build time.
const fontFile = ['/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'].find((p) => existsSync(p));
const font = fontFile ? { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: fontFile.includes('DejaVu') ? 'DejaVu Sans' : 'Liberation Sans' } : { loadSystemFonts: true };
const rasterize = async (svg, width) => new Resvg(svg, { fitTo: { mode: 'width', value: width }, background: '#ffffff', font }).render().asPng();

// The SOP templates, as the site builds them.
const sopDir = 'src/content/sop';
const parsed = readdirSync(sopDir)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({ slug: f.replace(/\.yaml$/, ''), file: sopFileSchema.parse(yaml.load(readFileSync(join(sopDir, f), 'utf8'))) }))
	.sort((a, b) => a.file.order - b.file.order || a.slug.localeCompare(b.slug));
const titles = Object.fromEntries(parsed.map((p) => [p.slug, p.file.title]));
const templates = parsed.map((p) => ({ slug: p.slug, doc: fromSopFile(p.file, titles) }));

/** Files to print: name → { path, kind, expect }. */
const jobs = [];
for (const f of staticFiles) {
	const t = templates.find((x) => `${x.slug}.docx` === f);
	jobs.push({ name: `statis/${f}`, path: join(dir, f), kind: 'sop', expect: { nip: '[NIP]', title: t?.doc.title ?? '' } });
}
const long = longSop(25);
const longPath = join(work, 'penyusun-25-langkah.docx');
writeFileSync(longPath, await renderDocx(long, { rasterize }));
jobs.push({ name: 'penyusun/25-langkah.docx', path: longPath, kind: 'sop', expect: { nip: long.approver.nip, title: long.title } });

const kit = {
	...emptyKit(),
	agency: 'Pemerintah Kabupaten Contoh',
	unit: 'Dinas Komunikasi dan Informatika',
	region: 'Kabupaten Contoh',
	address: 'Jalan Merdeka Nomor 1, Contoh',
	approver: { position: 'Kepala Dinas Komunikasi dan Informatika', name: 'Dra. Siti Rahmawati, M.Si.', nip: '197001012000032001' },
	effective: '2027-02-01',
	chosen: templates.map((t) => t.slug),
	renames: { 'Admin Media Sosial': 'Pranata Humas Ahli Pertama' },
};
const zip = await buildKitZip(kit, templates, rasterize);
const kitFiles = unzipSync(zip.bytes);
for (const name of zip.files) {
	const path = join(work, `paket-${name}`);
	writeFileSync(path, kitFiles[name]);
	const item = templates.find((t) => name.endsWith(`-SOP-${t.slug}.docx`));
	jobs.push({ name: `paket/${name}`, path, kind: name === DECREE_FILE ? 'decree' : name === INDEX_FILE ? 'index' : 'sop', expect: { nip: kit.approver.nip, title: item?.doc.title ?? '' } });
}
const convertMs = Date.now();
// One LibreOffice process converts all files: starting it is the slow part.
const result = spawnSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, ...jobs.map((j) => j.path)], { encoding: 'utf8', timeout: 600_000 });
const log = `${result.stdout ?? ''}${result.stderr ?? ''}`;
const problems = [];
if (result.status !== 0) problems.push(`soffice keluar dengan kode ${result.status}${result.error ? ` (${result.error.message})` : ''}`);
if (/\berror\b/i.test(log.replace(/failed to launch javaldx[^\n]*/gi, ''))) problems.push(`soffice melaporkan galat:\n${log}`);
const convertSeconds = (Date.now() - convertMs) / 1000;

/** Text lines of each page: items on one baseline joined, a space where there is a gap. */
async function pdfLines(path) {
	const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
	const pages = [];
	for (let p = 1; p <= pdf.numPages; p++) {
		const content = await (await pdf.getPage(p)).getTextContent();
		const rows = new Map();
		for (const item of content.items) {
			if (!('str' in item) || !item.str) continue;
			const y = Math.round(item.transform[5]);
			rows.set(y, [...(rows.get(y) ?? []), item]);
		}
		const lines = [...rows.entries()]
			.sort((a, b) => b[0] - a[0])
			.map(([, items]) => {
				items.sort((a, b) => a.transform[4] - b.transform[4]);
				let line = '';
				let end = -Infinity;
				for (const it of items) {
					line += (line && it.transform[4] - end > 1.5 ? ' ' : '') + it.str;
					end = it.transform[4] + it.width;
				}
				return line;
			});
		pages.push(lines);
	}
	return pages;
}

/** Every text the document holds (body, header, footer), to tell whole words from fragments. */
function sourceTexts(path) {
	const files = unzipSync(new Uint8Array(readFileSync(path)));
	return Object.entries(files)
		.filter(([name]) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
		.map(([, data]) =>
			[...strFromU8(data).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
				.map((m) => m[1])
				.join(' ')
				.replace(/&lt;/g, '<')
				.replace(/&gt;/g, '>')
				.replace(/&quot;/g, '"')
				.replace(/&apos;/g, "'")
				.replace(/&amp;/g, '&')
		);
}

let pagesTotal = 0;
let connectorsTotal = 0;
for (const job of jobs) {
	const pdf = join(out, job.path.split('/').pop().replace(/\.docx$/, '.pdf'));
	if (!existsSync(pdf)) {
		problems.push(`${job.name}: tidak menghasilkan PDF`);
		continue;
	}
	const pages = await pdfLines(pdf);
	pagesTotal += pages.length;
	const found = [];
	if (job.kind === 'sop') found.push(...checkPrintedSop(pages, job.expect));
	else {
		const total = pages.length;
		pages.forEach((lines, i) => {
			if (!lines.join('\n').includes(`Halaman ${i + 1} dari ${total}`)) found.push(`halaman ${i + 1}: nomor halaman tidak ada`);
		});
		const all = pages.flat().join('\n');
		if (job.kind === 'decree') for (const part of ['Menimbang', 'Mengingat', 'MEMUTUSKAN', 'Menetapkan', 'KESATU', 'LAMPIRAN']) if (!all.includes(part)) found.push(`"${part}" tidak ada`);
		if (job.kind === 'index' && total !== 1) found.push(`daftar SOP ${total} halaman; seharusnya satu halaman`);
	}
	const broken = brokenWords(pages, sourceTexts(job.path));
	if (broken.length) found.push(`kata terpotong di tengah: ${broken.slice(0, 8).join(', ')}`);
	const connectors = pages.filter((lines) => /Bersambung ke halaman berikutnya/.test(lines.join(' ').replace(/\s+/g, ' '))).length;
	connectorsTotal += connectors;
	if (found.length) problems.push(...found.map((p) => `${job.name}: ${p}`));
	else console.log(`✓ ${job.name}: ${pages.length} halaman${connectors ? `, ${connectors} sambungan antarhalaman` : ''}`);
}

rmSync(profile, { recursive: true, force: true });
if (!process.env.KEEP_PDF) rmSync(work, { recursive: true, force: true });
else console.log(`PDF disimpan di ${out}`);
if (problems.length) fail(`${problems.length} masalah:\n${problems.join('\n')}`);
console.log(
	`${jobs.length} berkas DOCX (${staticFiles.length} SOP statis, 1 SOP penyusun 25 langkah, paket ${zip.files.length} berkas) menjadi ${pagesTotal} halaman PDF; ${connectorsTotal} sambungan antarhalaman diperiksa. Konversi ${convertSeconds.toFixed(1)} detik, total ${((Date.now() - started) / 1000).toFixed(1)} detik.`
);
