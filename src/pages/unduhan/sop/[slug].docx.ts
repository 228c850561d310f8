/**
 * `/unduhan/sop/<slug>.docx`: each SOP as a Word file, written at build time by the same
 * generator the builder uses in the browser. A plain file, so the link works without JavaScript.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { renderDocx, type Rasterize } from '../../../lib/sop/docx.ts';
import { reproducibleDocx } from '../../../lib/files/reproducible-docx.ts';
import { getSops, type SopItem } from '../../../utils/sop.ts';

export const getStaticPaths = (async () => (await getSops()).map((item) => ({ params: { slug: item.slug }, props: { item } }))) satisfies GetStaticPaths;

/** A sans-serif font for the "Ya"/"Tidak" labels; loading one file is much faster than scanning all system fonts per picture. */
const fontFile = [
	'/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf',
	'/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf',
	'/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
].find((path) => existsSync(path));
const font = fontFile ? { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: fontFile.includes('DejaVu') ? 'DejaVu Sans' : 'Liberation Sans' } : { loadSystemFonts: true };

/** PNG fallback of a row picture, drawn with resvg. */
const rasterize: Rasterize = async (svg, width) => new Resvg(svg, { fitTo: { mode: 'width', value: width }, background: '#ffffff', font }).render().asPng();

export const GET: APIRoute<{ item: SopItem }> = async ({ props }) => {
	// Same SOP, same bytes: the file records the SOP's own date, not the time of the build.
	const doc = props.item.doc;
	const bytes = reproducibleDocx(await renderDocx(doc, { rasterize }), doc.revised || doc.created);
	return new Response(bytes as Uint8Array<ArrayBuffer>, {
		headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
	});
};
