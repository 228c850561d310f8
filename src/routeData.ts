import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { tocEntriesFor } from './lib/templat/catalog.ts';
import { templateGroups } from './utils/templat.ts';

/**
 * Starlight route middleware. The template pages render their headings from data (one per
 * template), which Starlight cannot see in the Markdown; this adds them to the page's table
 * of contents so readers can jump to a template. They come after the page's own headings,
 * so those pages keep their Markdown sections before the templates.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	if (!route.toc) return;
	const extra = tocEntriesFor(`/${route.id}/`, await templateGroups());
	route.toc.items.push(...extra);
});
