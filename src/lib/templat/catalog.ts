/**
 * The template library as a whole: groups in order, each template tagged with its group and
 * its address, and the extra table-of-contents entries of the pages that render them (their
 * headings come from a component, so Starlight does not see them in the Markdown).
 */
import type { Template, TemplateGroup } from './schema.ts';

/** A group as loaded from its file, with the file name as id. */
export interface GroupEntry {
	id: string;
	data: TemplateGroup;
}

/** A template with where it lives. */
export interface PlacedTemplate extends Template {
	/** Group id (its file name). */
	group: string;
	/** Address of the template on its page, e.g. `/templat/pengaduan/#terima-komplain`. */
	href: string;
}

/** A group with its page address and placed templates. */
export interface PlacedGroup extends Omit<TemplateGroup, 'templates'> {
	id: string;
	/** Page that renders the group. */
	page: string;
	templates: PlacedTemplate[];
}

/**
 * The page a group is rendered on: its own `page`, else `/templat/<id>/`.
 * @param entry group entry
 */
export function groupPage(entry: GroupEntry): string {
	return entry.data.page ?? `/templat/${entry.id}/`;
}

/**
 * Orders the groups and places every template; template ids must be unique across groups
 * because they are page anchors and storage keys.
 * @param entries groups as loaded
 * @throws Error naming a template id used twice
 */
export function placeGroups(entries: readonly GroupEntry[]): PlacedGroup[] {
	const seen = new Map<string, string>();
	return [...entries]
		.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
		.map((entry) => {
			const page = groupPage(entry);
			const templates = entry.data.templates.map((t) => {
				const other = seen.get(t.id);
				if (other) throw new Error(`Templat "${t.id}" ada di dua kelompok: ${other} dan ${entry.id}.`);
				seen.set(t.id, entry.id);
				return { ...t, group: entry.id, href: `${page}#${t.id}` };
			});
			return { ...entry.data, id: entry.id, page, templates };
		});
}

/** A table-of-contents entry in Starlight's shape. */
export interface TocEntry {
	depth: number;
	slug: string;
	text: string;
	children: TocEntry[];
}

/** Address of the page that lists every group. */
export const INDEX_PAGE = '/templat/';

/**
 * The headings a page gets from the template components, for its table of contents:
 * on the index, one per group; on a group's page, one per template.
 * @param pathname page address with trailing slash
 * @param groups placed groups
 */
export function tocEntriesFor(pathname: string, groups: readonly PlacedGroup[]): TocEntry[] {
	if (pathname === INDEX_PAGE) return groups.map((g) => ({ depth: 2, slug: g.id, text: g.title, children: [] }));
	return groups
		.filter((g) => g.page === pathname)
		.flatMap((g) => g.templates.map((t) => ({ depth: 2, slug: t.id, text: t.title, children: [] })));
}
