import { getCollection } from 'astro:content';
import { placeGroups, type PlacedGroup } from '../lib/templat/catalog.ts';

let groups: Promise<PlacedGroup[]> | undefined;

/** Every template group, ordered and placed (loaded once per build). */
export function templateGroups(): Promise<PlacedGroup[]> {
	groups ??= getCollection('templat').then((entries) => placeGroups(entries));
	return groups;
}

/**
 * One group by id.
 * @throws Error naming the group when it does not exist (a typo in an MDX page)
 */
export async function templateGroup(id: string): Promise<PlacedGroup> {
	const group = (await templateGroups()).find((g) => g.id === id);
	if (!group) throw new Error(`Kelompok templat "${id}" tidak ada di src/content/templat/.`);
	return group;
}
