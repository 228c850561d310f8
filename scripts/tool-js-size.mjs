// Reports the JavaScript each calculator page (/alat/*/) loads for its own tool, gzip-compressed:
// the tool's module script plus every chunk it imports, excluding Starlight's own scripts.
// Run after a build: `node scripts/tool-js-size.mjs`.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const STARLIGHT = /(^|\/)(page|Search|MobileTableOfContents|TableOfContents|starlight-toc|ui-core|ec)\b/;

function closure(file, seen = new Set()) {
	if (seen.has(file)) return seen;
	seen.add(file);
	const code = readFileSync(join(dist, file), 'utf8');
	for (const [, spec] of code.matchAll(/(?:import|from)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)) closure(join('_astro', spec.slice(2)), seen);
	return seen;
}

const rows = [];
const alat = join(dist, 'alat');
for (const slug of existsSync(alat) ? readdirSync(alat) : []) {
	const html = join(alat, slug, 'index.html');
	if (!existsSync(html)) continue;
	const scripts = [...readFileSync(html, 'utf8').matchAll(/<script[^>]*src="\/(_astro\/[^"]+\.js)"/g)].map((m) => m[1]);
	const own = scripts.filter((s) => !STARLIGHT.test(s.replace('_astro/', '')));
	const files = new Set(own.flatMap((s) => [...closure(s)]));
	const raw = [...files].reduce((n, f) => n + readFileSync(join(dist, f)).length, 0);
	const gz = gzipSync(Buffer.concat([...files].map((f) => readFileSync(join(dist, f)))), { level: 9 }).length;
	const perFile = [...files].map((f) => gzipSync(readFileSync(join(dist, f)), { level: 9 }).length).reduce((a, b) => a + b, 0);
	rows.push({ halaman: `/alat/${slug}/`, berkas: files.size, mentah: raw, gzip_gabungan: gz, gzip_per_berkas: perFile });
}
console.table(rows);
