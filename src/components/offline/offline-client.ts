/**
 * Runs on every page of a production build: registers the service worker and tells an open tab
 * when a new version of the site is out ("Versi baru … Muat ulang"), so it never breaks quietly:
 * - the new worker took over this tab (the site was redeployed while the tab was open);
 * - a lazily loaded script of the old version is gone from the server (Vite's `vite:preloadError`,
 *   e.g. the Word generator chunk after a redeploy), with or without a service worker.
 * When the reader returns to the tab, the worker checks for an update.
 */
import { h } from '../kit/dom.ts';

let shown = false;

/** Shows the reload offer once, at the bottom of the viewport, announced politely. */
export function offerReload(): void {
	if (shown) return;
	shown = true;
	const button = h('button', { type: 'button', class: 'pm-update__button' }, 'Muat ulang');
	button.addEventListener('click', () => location.reload());
	const bar = h(
		'div',
		{ class: 'pm-update', role: 'status' },
		h('span', null, 'Versi baru pedoman sudah terbit. Muat ulang halaman ini agar semua fitur bekerja.'),
		' ',
		button,
	);
	document.body.append(bar);
}

addEventListener('vite:preloadError', () => offerReload());

// The worker exists only in production builds (src/integrations/offline.ts).
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
	const hadController = Boolean(navigator.serviceWorker.controller);
	navigator.serviceWorker.addEventListener('controllerchange', () => {
		// The first install also takes control of the page; only a replacement is news.
		if (hadController) offerReload();
	});
	const register = () =>
		navigator.serviceWorker.register('/sw.js').then(
			(registration) => {
				document.addEventListener('visibilitychange', () => {
					if (document.visibilityState === 'visible') void registration.update().catch(() => {});
				});
			},
			() => {},
		);
	if (document.readyState === 'complete') void register();
	else addEventListener('load', () => void register(), { once: true });
}
