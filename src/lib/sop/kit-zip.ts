/**
 * The kit as one ZIP, built wherever it runs (the browser on "Unduh paket", Node in the
 * checks): every chosen SOP as a filled DOCX, the draft decree and the one-page index.
 * Loads the DOCX generator and fflate on demand.
 */
import { decreeModel, indexModel, renderTextDocx } from './decree.ts';
import type { Rasterize } from './docx.ts';
import { applyKit, kitFileName, type KitSettings } from './kit.ts';
import type { SopDocument } from './model.ts';

/** File name of the draft decree in the ZIP. */
export const DECREE_FILE = '00-Keputusan-Kepala-pengesahan-SOP.docx';
/** File name of the index in the ZIP. */
export const INDEX_FILE = '00-Daftar-SOP.docx';

/**
 * Builds the kit's ZIP. The same settings and templates give the same bytes.
 * @param templates every SOP by slug, in catalogue order (only the chosen ones are used)
 * @returns the ZIP bytes and the names of the files in it, in order
 */
export async function buildKitZip(kit: KitSettings, templates: readonly { slug: string; doc: SopDocument }[], rasterize: Rasterize): Promise<{ bytes: Uint8Array; files: string[] }> {
	const [{ renderDocx }, { zipSync }] = await Promise.all([import('./docx.ts'), import('fflate')]);
	const items = applyKit(kit, templates);
	if (!items.length) throw new Error('Pilih sekurang-kurangnya satu SOP.');
	const width = String(items.at(-1)!.n).length < 2 ? 2 : String(items.at(-1)!.n).length;
	const names = items.map((item) => kitFileName(item, width));
	const entries: [string, Uint8Array][] = [
		[DECREE_FILE, await renderTextDocx(decreeModel(kit, items))],
		[INDEX_FILE, await renderTextDocx(indexModel(kit, items, names))],
	];
	for (const [i, item] of items.entries()) entries.push([names[i]!, await renderDocx(item.doc, { rasterize })]);
	const mtime = new Date('2000-01-01T00:00:00Z');
	// DOCX files are already compressed: store them.
	const bytes = zipSync(Object.fromEntries(entries.map(([name, data]) => [name, [data, { mtime, level: 0 }]])));
	return { bytes, files: entries.map(([name]) => name) };
}
