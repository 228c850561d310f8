import { test, mock } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { strFromU8, unzipSync } from 'fflate';
import { sopFileSchema } from '../../src/lib/sop/schema.ts';
import { fromSopFile } from '../../src/lib/sop/document.ts';
import { renderDocx } from '../../src/lib/sop/docx.ts';
import { reproducibleDocx } from '../../src/lib/files/reproducible-docx.ts';

const file = sopFileSchema.parse(yaml.load(readFileSync(new URL('../../src/content/sop/publikasi-konten.yaml', import.meta.url), 'utf8')));
const doc = fromSopFile(file, new Proxy({} as Record<string, string>, { get: (_, slug) => `Judul ${String(slug)}` }));
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

/** Renders the SOP as the build does, with the clock set to `now`. */
async function renderAt(now: string): Promise<Uint8Array> {
	mock.timers.enable({ apis: ['Date'], now: new Date(now) });
	try {
		return reproducibleDocx(await renderDocx(doc, { rasterize: async () => PNG }), '2026-11-02');
	} finally {
		mock.timers.reset();
	}
}

test('reproducibleDocx: the same SOP built at different times gives the same bytes, dated by the SOP', async () => {
	const a = await renderAt('2026-12-01T03:00:00Z');
	const b = await renderAt('2027-06-15T21:45:13Z');
	assert.deepEqual(a, b);
	const files = unzipSync(a);
	const core = strFromU8(files['docProps/core.xml']!);
	assert.match(core, /<dcterms:created [^>]*>2026-11-02T00:00:00Z<\/dcterms:created>/);
	assert.match(core, /<dcterms:modified [^>]*>2026-11-02T00:00:00Z<\/dcterms:modified>/);
	assert.ok(strFromU8(files['word/document.xml']!).includes('Publikasi Konten'));
});

test('reproducibleDocx: a missing or malformed date falls back to 1980-01-01', async () => {
	const bytes = reproducibleDocx(await renderDocx(doc, { rasterize: async () => PNG }), '[TANGGAL]');
	assert.match(strFromU8(unzipSync(bytes)['docProps/core.xml']!), /<dcterms:created [^>]*>1980-01-01T00:00:00Z/);
});
