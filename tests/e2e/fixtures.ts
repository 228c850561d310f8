import { test as base, expect } from '@playwright/test';

/**
 * Every e2e test runs with these guards:
 * - the site must never make a request outside its own origin (no CDN, font service, analytics
 *   or API). A test that causes one fails, naming the URL;
 * - the page must break no rule of its Content-Security-Policy (src/lib/security/csp.ts). A test
 *   fails on any `securitypolicyviolation` event or CSP message in the console, naming it.
 */
export const test = base.extend<{ sameOriginGuard: void; cspGuard: void }>({
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
	cspGuard: [
		async ({ page }, use) => {
			const violations: string[] = [];
			await page.exposeBinding('__reportCspViolation', (_source, text: string) => void violations.push(text));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					const report = (window as unknown as { __reportCspViolation?: (t: string) => void }).__reportCspViolation;
					report?.(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || location.pathname}:${e.lineNumber}`);
				});
			});
			page.on('console', (message) => {
				if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
			});
			await use();
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
