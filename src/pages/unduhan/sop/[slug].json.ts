/**
 * `/unduhan/sop/<slug>.json`: one SOP template as the builder and the kit load it, only when
 * the user chooses it (instead of every template inline in the builder page).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fromTemplate } from '../../../lib/sop/draft.ts';
import { getSops, type SopItem } from '../../../utils/sop.ts';

export const getStaticPaths = (async () => (await getSops()).map((item) => ({ params: { slug: item.slug }, props: { item } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: SopItem }> = ({ props }) =>
	new Response(JSON.stringify({ slug: props.item.slug, title: props.item.doc.title, template: props.item.doc, draft: fromTemplate(props.item.doc) }), {
		headers: { 'Content-Type': 'application/json' },
	});
