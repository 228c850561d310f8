import { getCollection } from 'astro:content';
import { getSops } from './sop.ts';
import { cardPath } from '../lib/site/social-card.ts';

/** One page that gets its own social card. */
export interface CardPage {
	/** Page path without slashes at the ends ('' for the home page). */
	slug: string;
	title: string;
	/** Section label shown above the title. */
	section: string;
}

/** Section labels by first path segment, as the sidebar names them. */
const SECTIONS: Record<string, string> = {
	mulai: 'Mulai',
	pedoman: 'Pedoman',
	krisis: 'Krisis',
	sop: 'SOP',
	templat: 'Templat',
	alat: 'Alat hitung',
	referensi: 'Referensi',
	cetak: 'Cetak',
};

let cache: Promise<CardPage[]> | undefined;

/** Every page with a social card: the docs pages (except 404) and the SOP pages. */
export function cardPages(): Promise<CardPage[]> {
	cache ??= (async () => {
		const docs = (await getCollection('docs'))
			.filter((entry) => entry.id !== '404')
			.map((entry) => {
				const slug = entry.id === 'index' ? '' : entry.id.replace(/\/index$/, '');
				return { slug, title: entry.data.title, section: SECTIONS[slug.split('/')[0]!] ?? 'Beranda' };
			});
		const sops = (await getSops()).map((item) => ({ slug: `sop/${item.slug}`, title: `SOP ${item.entry.data.title}`, section: 'SOP' }));
		return [...docs, ...sops];
	})();
	return cache;
}

/** Path of the card for a route id, or undefined when that page has none. */
export async function cardFor(routeId: string): Promise<string | undefined> {
	const slug = routeId.replace(/^\/+|\/+$/g, '').replace(/(^|\/)index$/, '');
	return (await cardPages()).some((page) => page.slug === slug) ? cardPath(slug) : undefined;
}
