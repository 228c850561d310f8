/**
 * Browser helpers shared by the SOP builder and the SOP kit: the PNG fallback of a flowchart
 * picture drawn on a canvas, reading a logo file, and fetching a template.
 */
import { checkLogo } from '../../lib/sop/kit.ts';
import type { SopDocument, SopLogo } from '../../lib/sop/model.ts';
import { LOGO_MIME } from '../../lib/sop/html.ts';

/** PNG bytes of an SVG drawing at the given pixel size (white background). */
export async function rasterize(svg: string, width: number, height: number): Promise<Uint8Array> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.src = url;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = width;
		canvas.height = height;
		const ctx = canvas.getContext('2d')!;
		ctx.fillStyle = '#fff';
		ctx.fillRect(0, 0, width, height);
		ctx.drawImage(img, 0, 0, width, height);
		const blob = await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG gagal dibuat'))), 'image/png'));
		return new Uint8Array(await blob.arrayBuffer());
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Reads a logo file: checks its format and size, measures it. */
export async function readLogo(file: File): Promise<{ ok: true; value: SopLogo } | { ok: false; message: string }> {
	if (file.size > 2_000_000) return { ok: false, message: 'Logo terlalu besar. Paling besar 300 KB; perkecil dulu gambarnya.' };
	const bytes = new Uint8Array(await file.arrayBuffer());
	const type = checkLogo(bytes);
	if (!type.ok) return type;
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	const data = btoa(binary);
	const img = new Image();
	img.src = `data:${LOGO_MIME[type.value]};base64,${data}`;
	try {
		await img.decode();
	} catch {
		return { ok: false, message: 'Gambar logo tidak dapat dibaca. Coba simpan ulang sebagai PNG.' };
	}
	return { ok: true, value: { type: type.value, data, widthPx: img.naturalWidth || 200, heightPx: img.naturalHeight || 200 } };
}

/** One SOP template as the server publishes it at /unduhan/sop/<slug>.json. */
export interface TemplateFile {
	slug: string;
	title: string;
	/** With placeholders for the agency's details (as in the static DOCX). */
	template: SopDocument;
	/** With the agency's details emptied (the builder asks for them). */
	draft: SopDocument;
}

/** Fetches a template; throws with an Indonesian message when it cannot be loaded. */
export async function fetchTemplate(slug: string): Promise<TemplateFile> {
	const response = await fetch(`/unduhan/sop/${encodeURIComponent(slug)}.json`);
	if (!response.ok) throw new Error(`Templat "${slug}" tidak dapat dimuat (kode ${response.status}).`);
	return (await response.json()) as TemplateFile;
}
