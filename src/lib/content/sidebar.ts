/**
 * The sidebar follows the information architecture in the design document, but only
 * lists what exists: a section whose pages have not been written yet is left out
 * instead of showing an empty group or a placeholder.
 */

/** A sidebar entry in Starlight's config format (the subset this site uses). */
export type SidebarEntry =
	| string
	| { label: string; link: string }
	| { autogenerate: { directory: string } }
	| { label: string; collapsed?: boolean; items: SidebarEntry[] };

/** One planned node: a single page (slug), a directory to autogenerate, or a group of nodes. */
export type PlanNode =
	| { page: string }
	| { label: string; directory: string; collapsed?: boolean }
	| { label: string; collapsed?: boolean; items: PlanNode[] }
	| { label: string; sop: { catalogue: string; builder: string; kit?: string; listLabel: string } };

/** An SOP generated from `src/content/sop/<slug>.yaml` (not a docs page, so listed explicitly). */
export interface SopRef {
	slug: string;
	title: string;
	/** Position in the list, 1 first. */
	order: number;
}

/** The site's sections and their groups, in reading order. */
export const SIDEBAR_PLAN: PlanNode[] = [
	{ label: 'Mulai', directory: 'mulai' },
	{
		label: 'Pedoman',
		items: [
			{ page: 'pedoman/prinsip-etika' },
			{ label: 'Perencanaan', directory: 'pedoman/perencanaan' },
			{ label: 'Tata kelola akun', directory: 'pedoman/tata-kelola' },
			{ label: 'Konten', directory: 'pedoman/konten' },
			{ label: 'Platform', directory: 'pedoman/platform', collapsed: true },
			{ label: 'Interaksi', directory: 'pedoman/interaksi' },
			{ label: 'Evaluasi', directory: 'pedoman/evaluasi' },
			{ label: 'Amplifikasi', directory: 'pedoman/amplifikasi' },
			{ page: 'pedoman/hoaks/klarifikasi-hoaks' },
			{ page: 'pedoman/admin/kesejahteraan-admin' },
		],
	},
	{ label: 'Krisis', directory: 'krisis' },
	{ label: 'SOP', sop: { catalogue: 'sop', builder: 'sop/penyusun', kit: 'sop/paket', listLabel: 'Daftar SOP' } },
	{ label: 'Templat', directory: 'templat' },
	{ label: 'Alat hitung', directory: 'alat' },
	{ label: 'Referensi', directory: 'referensi' },
];

/**
 * Resolves the plan against the pages that exist.
 * @param plan nodes in reading order
 * @param slugs slugs of every existing docs page, e.g. `pedoman/prinsip-etika` or `krisis` for `krisis/index.mdx`
 * @param sops the SOPs in `src/content/sop/`, whose pages are generated (`/sop/<slug>/`)
 * @returns Starlight sidebar entries, with empty directories, missing pages and empty groups dropped
 */
export function buildSidebar(plan: PlanNode[], slugs: readonly string[], sops: readonly SopRef[] = []): SidebarEntry[] {
	const has = (slug: string) => slugs.includes(slug);
	const hasUnder = (dir: string) => slugs.some((s) => s === dir || s.startsWith(`${dir}/`));
	const out: SidebarEntry[] = [];
	for (const node of plan) {
		if ('page' in node) {
			if (has(node.page)) out.push(node.page);
		} else if ('sop' in node) {
			const { catalogue, builder, kit, listLabel } = node.sop;
			const list = [...sops].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug)).map((sop) => ({ label: sop.title, link: `/sop/${sop.slug}/` }));
			const items: SidebarEntry[] = [
				...(has(catalogue) ? [catalogue] : []),
				...(has(builder) ? [builder] : []),
				...(kit && has(kit) ? [kit] : []),
				...(list.length ? [{ label: listLabel, items: list }] : []),
			];
			if (items.length) out.push({ label: node.label, items });
		} else if ('directory' in node) {
			if (!hasUnder(node.directory)) continue;
			out.push({ label: node.label, ...(node.collapsed ? { collapsed: true } : {}), items: [{ autogenerate: { directory: node.directory } }] });
		} else {
			const items = buildSidebar(node.items, slugs);
			if (items.length) out.push({ label: node.label, ...(node.collapsed ? { collapsed: true } : {}), items });
		}
	}
	return out;
}

/**
 * Turns a docs file path (relative to `src/content/docs`) into its Starlight slug.
 * `krisis/index.mdx` → `krisis`, `pedoman/konten/pilar-konten.mdx` → `pedoman/konten/pilar-konten`.
 */
export function slugFromPath(path: string): string {
	return path
		.replace(/\\/g, '/')
		.replace(/\.(md|mdx|mdoc)$/, '')
		.replace(/(^|\/)index$/, '')
		.toLowerCase();
}

/** What {@link readingOrder} needs to know of a page. */
export interface OrderedPage {
	slug: string;
	/** `sidebar.order` from the frontmatter, if any. */
	order?: number;
	/** `sidebar.hidden` from the frontmatter. */
	hidden?: boolean;
}

/**
 * The pages under plan nodes in the order the sidebar shows them: a single page where
 * it stands, a directory's pages by `sidebar.order` then slug (as Starlight's autogenerate
 * sorts them), groups depth-first. Used to print a whole section in reading order.
 * @param plan nodes to walk, e.g. the items of the "Pedoman" group
 * @param pages every docs page
 * @returns slugs in reading order, each once
 */
export function readingOrder(plan: PlanNode[], pages: readonly OrderedPage[]): string[] {
	const visible = pages.filter((p) => !p.hidden);
	const out: string[] = [];
	for (const node of plan) {
		if ('page' in node) {
			if (visible.some((p) => p.slug === node.page)) out.push(node.page);
		} else if ('sop' in node) {
			continue; // SOP pages are generated, not docs pages: not part of a printed section.
		} else if ('directory' in node) {
			const dir = node.directory;
			const inDir = visible.filter((p) => p.slug === dir || p.slug.startsWith(`${dir}/`));
			inDir.sort((a, b) => (a.order ?? Infinity) - (b.order ?? Infinity) || a.slug.localeCompare(b.slug));
			out.push(...inDir.map((p) => p.slug));
		} else {
			out.push(...readingOrder(node.items, visible));
		}
	}
	return [...new Set(out)];
}

/**
 * The plan items of a top-level group, by its label.
 * @param plan the sidebar plan
 * @param label group label, e.g. "Pedoman"
 */
export function planGroup(plan: PlanNode[], label: string): PlanNode[] {
	const node = plan.find((n) => 'items' in n && n.label === label);
	return node && 'items' in node ? node.items : [];
}

/**
 * Closes every group of a sidebar. Starlight always opens the group that holds the current
 * page, so on an inner page the reader sees that section open and the others as one line each,
 * instead of every group from "Mulai" down.
 */
export function collapseGroups(entries: readonly SidebarEntry[]): SidebarEntry[] {
	return entries.map((entry) => (typeof entry === 'object' && 'items' in entry ? { ...entry, collapsed: true, items: collapseGroups(entry.items) } : entry));
}
