import { getCollection } from 'astro:content';

let slugs: Promise<Set<string>> | undefined;

/**
 * Whether a docs page exists, by slug (`krisis` for `/krisis/`). Lets navigation point only at
 * pages that have been written: a section appears in the header or on the home page once it exists.
 */
export async function hasPage(slug: string): Promise<boolean> {
	slugs ??= getCollection('docs').then((entries) => new Set(entries.map((e) => e.id)));
	return (await slugs).has(slug);
}
