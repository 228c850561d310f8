import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * Deployment tests: the built site served by a real nginx with the shipped configuration
 * (deploy/nginx.conf, started by scripts/serve-nginx.mjs), checked for headers, file types,
 * caching, the 404 page, search and a Word download. Run by `npm test` after the e2e suite.
 */
const port = Number(process.env.DEPLOY_PORT ?? 8081);
/**
 * nginx (the default, run by npm test), apache (DEPLOY_SERVER=apache, deploy/apache.htaccess) or
 * caddy (DEPLOY_SERVER=caddy, deploy/Caddyfile).
 */
const server = (['apache', 'caddy'] as const).find((name) => name === process.env.DEPLOY_SERVER) ?? 'nginx';

export default defineConfig({
	...base,
	testDir: 'tests/deploy',
	fullyParallel: false,
	workers: 1,
	reporter: [['list'], ['json', { outputFile: server === 'nginx' ? 'test-results/deploy.json' : `test-results/deploy-${server}.json` }]],
	use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
	webServer: {
		command: `node scripts/serve-${server}.mjs ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: false,
		timeout: 120_000,
	},
});
