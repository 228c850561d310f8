import { defineConfig, devices } from '@playwright/test';

/** Port of the `astro preview` server the tests run against (a production build, so search works). */
const port = Number(process.env.E2E_PORT ?? 4321);

/** The Chromium every script drives: Debian's `chromium` package, or CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Chromium flags for a headless run as root on a machine without outside network:
 * without the background-networking flags Chromium keeps trying to reach Google services.
 */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	// No retries: a test that passes only on a second try is a failing test.
	retries: 0,
	workers: 2,
	timeout: 45_000,
	reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
	use: {
		...devices['Desktop Chrome'],
		baseURL: `http://localhost:${port}`,
		locale: 'id-ID',
		timezoneId: 'Asia/Jakarta',
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: chromiumPath,
			args: chromiumArgs,
		},
	},
	// `npm test` (scripts/test.mjs) starts and watches the preview server itself (E2E_SERVER=external);
	// a direct `npx playwright test` starts one here, or reuses one already running outside CI.
	webServer:
		process.env.E2E_SERVER === 'external'
			? undefined
			: {
					command: `npx astro preview --port ${port} --host localhost`,
					url: `http://localhost:${port}/`,
					reuseExistingServer: !process.env.CI,
					timeout: 60_000,
				},
});
