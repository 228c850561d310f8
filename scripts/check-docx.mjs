// `npm run check:docx`: every generated SOP file in dist/unduhan/sop/ must open in a real
// word processor. LibreOffice (headless) converts each DOCX to PDF; the gate fails when a
// conversion reports an error or yields a missing, empty or one-page PDF (an SOP has at
// least the identity page and the flowchart page). Run after `npm run build`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = 'dist/unduhan/sop';
const fail = (message) => {
	console.error(`✗ ${message}`);
	process.exit(1);
};

if (!existsSync(dir)) fail(`${dir} tidak ada. Jalankan "npm run build" dahulu.`);
const files = readdirSync(dir).filter((f) => f.endsWith('.docx')).sort();
if (!files.length) fail(`Tidak ada berkas DOCX di ${dir}.`);

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

const out = mkdtempSync(join(tmpdir(), 'sop-pdf-'));
const profile = mkdtempSync(join(tmpdir(), 'sop-lo-profile-'));
const started = Date.now();
// One LibreOffice process converts all files: starting it is the slow part.
const result = spawnSync(
	'soffice',
	[`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, ...files.map((f) => join(dir, f))],
	{ encoding: 'utf8', timeout: 300_000 }
);
const log = `${result.stdout ?? ''}${result.stderr ?? ''}`;
const problems = [];
if (result.status !== 0) problems.push(`soffice keluar dengan kode ${result.status}${result.error ? ` (${result.error.message})` : ''}`);
if (/\berror\b/i.test(log.replace(/failed to launch javaldx[^\n]*/gi, ''))) problems.push(`soffice melaporkan galat:\n${log}`);

for (const file of files) {
	const pdf = join(out, file.replace(/\.docx$/, '.pdf'));
	if (!existsSync(pdf)) {
		problems.push(`${file}: tidak menghasilkan PDF`);
		continue;
	}
	const size = statSync(pdf).size;
	const pages = (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	if (size < 2000) problems.push(`${file}: PDF kosong (${size} bita)`);
	else if (pages < 2) problems.push(`${file}: PDF hanya ${pages} halaman; seharusnya ada halaman identitas dan diagram alir`);
	else console.log(`✓ ${file}: ${pages} halaman, ${(size / 1024).toFixed(0)} KB`);
}
rmSync(profile, { recursive: true, force: true });
if (!process.env.KEEP_PDF) rmSync(out, { recursive: true, force: true });
else console.log(`PDF disimpan di ${out}`);

if (problems.length) fail(`${problems.length} masalah:\n${problems.join('\n')}`);
console.log(`${files.length} berkas DOCX terbuka di LibreOffice dan menjadi PDF dalam ${((Date.now() - started) / 1000).toFixed(1)} detik.`);
