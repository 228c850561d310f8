// `npm test`: every quality gate in order, then one plain summary line for the CI log:
// type check → unit tests → production build (with link check) → end-to-end tests in Chromium
// (plus extra gates listed in EXTRA_GATES). Gates that are not test suites count as one test each.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, env = {}) {
	console.log(`\n▶ ${label}: ${command}`);
	const started = Date.now();
	const result = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, ...env } });
	console.log(`◀ ${label}: ${result.status === 0 ? 'berhasil' : `gagal (kode ${result.status})`} dalam ${((Date.now() - started) / 1000).toFixed(1)} detik`);
	return result.status === 0;
}

function gate(label, command, env) {
	const ok = run(label, command, env);
	if (ok) passed++;
	else (failed++, failures.push(label));
	return ok;
}

mkdirSync('test-results', { recursive: true });

gate('Chromium tersedia', 'node scripts/ensure-chromium.mjs');
gate('Pemeriksaan tipe (astro check)', 'npx astro check');

// Unit tests: spec output on screen, TAP in a file for the counts.
rmSync('test-results/unit.tap', { force: true });
const unitOk = run(
	'Uji unit',
	'node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination=test-results/unit.tap "tests/unit/**/*.test.ts"'
);
const tap = existsSync('test-results/unit.tap') ? readFileSync('test-results/unit.tap', 'utf8') : '';
const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
passed += count('pass');
failed += count('fail') + count('cancelled');
if (!unitOk && count('fail') + count('cancelled') === 0) (failed++, failures.push('Uji unit'));
else if (!unitOk) failures.push('Uji unit');

const built = gate('Build produksi + pemeriksaan tautan', 'npm run build');

if (built) {
	rmSync('test-results/e2e.json', { force: true });
	const e2eOk = run('Uji end-to-end (Playwright, Chromium)', 'npx playwright test', { CI: process.env.CI ?? '' });
	let stats;
	try {
		stats = JSON.parse(readFileSync('test-results/e2e.json', 'utf8')).stats;
	} catch {
		stats = undefined;
	}
	if (stats) {
		passed += stats.expected + stats.flaky;
		failed += stats.unexpected;
	}
	if (!e2eOk) {
		failures.push('Uji end-to-end');
		if (!stats || stats.unexpected === 0) failed++;
	}
	// The built site behind a real nginx with deploy/nginx.conf (headers, types, caching, 404, search, DOCX).
	rmSync('test-results/deploy.json', { force: true });
	const deployOk = run('Uji server nginx (deploy/nginx.conf)', 'npx playwright test -c playwright.deploy.config.ts', { CI: process.env.CI ?? '' });
	let deployStats;
	try {
		deployStats = JSON.parse(readFileSync('test-results/deploy.json', 'utf8')).stats;
	} catch {
		deployStats = undefined;
	}
	if (deployStats) {
		passed += deployStats.expected + deployStats.flaky;
		failed += deployStats.unexpected;
	}
	if (!deployOk) {
		failures.push('Uji server nginx');
		if (!deployStats || deployStats.unexpected === 0) failed++;
	}
	for (const [label, command] of extraGates()) gate(label, command);
} else {
	failed++;
	failures.push('Uji end-to-end (tidak dijalankan: build gagal)');
}

/** Further gates that need the built site, e.g. the DOCX check; each counts as one test. */
function extraGates() {
	const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
	return Object.keys(pkg.scripts)
		.filter((name) => name.startsWith('check:'))
		.map((name) => [`Gerbang ${name}`, `npm run ${name}`]);
}

if (failures.length) console.log(`\nGagal: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && failures.length === 0 ? 0 : 1);
