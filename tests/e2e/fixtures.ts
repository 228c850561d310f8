import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test runs with this guard: the site must never make a request outside its own
 * origin (no CDN, font service, analytics or API). A test that causes one fails, naming the URL.
 */
export const test = base.extend<{ sameOriginGuard: void }>({
	sameOriginGuard: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const foreign: string[] = [];
			page.on('request', (request) => {
				const url = request.url();
				if (/^(data|blob|about):/.test(url)) return;
				if (new URL(url).origin !== origin) foreign.push(url);
			});
			await use();
			expect(foreign, 'requests to other origins').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
