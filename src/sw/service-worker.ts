/**
 * The service worker (`/sw.js`), bundled by src/integrations/offline.ts with Workbox.
 * - Pages: network first, so a reader online always gets the current version; without network,
 *   the last version seen, then the precached crisis kit, then our offline page (/luring/).
 * - Files with a content hash in their name: cache first (they never change).
 * - Other files (Word files, images): network first, cache when offline.
 * - Precached on install: the crisis kit (src/lib/offline/plan.ts), or with Save-Data on only the
 *   offline page. A new version takes over at once; open tabs then offer "Muat ulang".
 */
import { addRoute, cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { clientsClaim } from 'workbox-core';
import { CACHES, OFFLINE_PAGE, cacheNameFor, selectPrecache } from '../lib/offline/plan.ts';

/** Precache entries, filled in by the build. */
declare const __PRECACHE__: { url: string; revision: string | null }[];
/** Files the offline page needs (its scripts and styles), filled in by the build. */
declare const __OFFLINE_ASSETS__: string[];

const worker = self as unknown as { navigator: { connection?: { saveData?: boolean } }; skipWaiting(): Promise<void>; location: Location };

precache(selectPrecache(__PRECACHE__, worker.navigator.connection?.saveData === true, __OFFLINE_ASSETS__));
cleanupOutdatedCaches();
void worker.skipWaiting();
clientsClaim();

/** A page without network: the copy saved last, the precached one, or the offline page. */
async function offlinePage(request: Request): Promise<Response> {
	const path = new URL(request.url).pathname;
	return (
		(await caches.match(path, MATCH)) ??
		(await matchPrecache(path)) ??
		(await matchPrecache(OFFLINE_PAGE)) ??
		(await caches.match(OFFLINE_PAGE)) ??
		Response.error()
	);
}

/**
 * Cache lookups ignore the query (tools keep their inputs there) and Vary: a module script asks
 * with an Origin header, a file saved by the page did not, and both are the same file.
 */
const MATCH = { ignoreSearch: true, ignoreVary: true };

const sameOrigin = (url: URL) => url.origin === worker.location.origin;

registerRoute(
	({ request }) => request.mode === 'navigate',
	new NetworkFirst({
		cacheName: CACHES.pages,
		networkTimeoutSeconds: 4,
		matchOptions: MATCH,
		plugins: [{ handlerDidError: async ({ request }) => offlinePage(request) }],
	}),
);

// Precached files (the crisis kit's scripts and styles) come from the precache.
addRoute({ ignoreURLParametersMatching: [/.*/], directoryIndex: 'index.html' });

registerRoute(
	({ url }) => sameOrigin(url) && cacheNameFor(url.pathname) === CACHES.assets,
	new CacheFirst({ cacheName: CACHES.assets, matchOptions: MATCH, plugins: [new ExpirationPlugin({ maxEntries: 600, purgeOnQuotaError: true })] }),
);

registerRoute(
	({ url, request }) => sameOrigin(url) && request.method === 'GET' && cacheNameFor(url.pathname) === CACHES.files,
	new NetworkFirst({ cacheName: CACHES.files, networkTimeoutSeconds: 4, matchOptions: MATCH }),
);
