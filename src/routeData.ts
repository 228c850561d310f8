import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { tocEntriesFor } from './lib/templat/catalog.ts';
import { templateGroups } from './utils/templat.ts';
import { cardFor } from './utils/cards.ts';
import { isWorkingTool } from './lib/site/pages.ts';

/**
 * Starlight route middleware.
 * - The template pages render their headings from data (one per template), which Starlight
 *   cannot see in the Markdown; this adds them to the page's table of contents, after the
 *   page's own headings.
 * - Tool pages lose the right-hand table of contents so the tool gets the full width.
 * - Each page points to its own social card (og:image), only when the site's public address is
 *   known: a card at a relative or localhost address would not show in a chat app anyway.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	if (isWorkingTool(route.id)) route.toc = undefined;
	if (route.toc) route.toc.items.push(...tocEntriesFor(`/${route.id}/`, await templateGroups()));
	if (context.site) {
		const card = (await cardFor(route.id)) ?? '/kartu-sosial.png';
		route.head.push(
			{ tag: 'meta', attrs: { property: 'og:image', content: new URL(card, context.site).href } },
			{ tag: 'meta', attrs: { property: 'og:image:width', content: '1200' } },
			{ tag: 'meta', attrs: { property: 'og:image:height', content: '630' } },
			{ tag: 'meta', attrs: { property: 'og:image:alt', content: route.entry.data.title } },
		);
	}
});
