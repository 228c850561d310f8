import { getCollection, type CollectionEntry } from 'astro:content';
import { fromSopFile } from '../lib/sop/document.ts';
import { LEGAL_BASES } from '../lib/sop/legal.ts';
import type { SopDocument } from '../lib/sop/model.ts';

/** One SOP file with the document derived from it. */
export interface SopItem {
	slug: string;
	entry: CollectionEntry<'sop'>;
	doc: SopDocument;
}

let cache: Promise<SopItem[]> | undefined;

/**
 * Every SOP in `src/content/sop/`, in catalogue order, each with its {@link SopDocument}.
 * Throws (stopping the build) when an SOP lists a related SOP that does not exist.
 */
export function getSops(): Promise<SopItem[]> {
	cache ??= getCollection('sop').then((entries) => {
		const sorted = entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
		const titles = Object.fromEntries(sorted.map((e) => [e.id, e.data.title]));
		return sorted.map((entry) => {
			try {
				return { slug: entry.id, entry, doc: fromSopFile(entry.data, titles) };
			} catch (error) {
				throw new Error(`src/content/sop/${entry.id}.yaml: ${(error as Error).message}`);
			}
		});
	});
	return cache;
}

/** The page's "Rujukan": the SOP-AP format, then the SOP's legal bases, then any further sources. */
export function sopSources(entry: CollectionEntry<'sop'>) {
	const ids = ['permenpan-35-2012' as const, ...entry.data.legalBasis.filter((id) => id !== 'permenpan-35-2012' && id !== 'aturan-internal')];
	return [
		...ids.map((id) => ({
			title: LEGAL_BASES[id].title,
			note: id === 'permenpan-35-2012' ? 'format SOP-AP: bagian identitas dan diagram alir' : LEGAL_BASES[id].checked ? 'dasar hukum' : 'dasar hukum; judul resmi belum diverifikasi',
		})),
		...entry.data.sources,
	];
}

/** Address of an SOP's DOCX file. */
export const docxHref = (slug: string) => `/unduhan/sop/${slug}.docx`;
