// `npm test`: every quality gate in order, then one plain summary line for the CI log:
// Chromium present → type check → unit tests → production build (with link check) → end-to-end
// tests in Chromium against `astro preview` → extra gates (`check:*` scripts). Gates that are not
// test suites count as one test each. Each stage's duration is printed, and summed up at the end.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

let passed = 0;
let failed = 0;
const failures = [];
/** @type {{ label: string, seconds: number, ok: boolean }[]} */
const stages = [];

function run(label, command, env = {}) {
	console.log(`\n▶ ${label}: ${command}`);
	const started = Date.now();
	const result = spawnSync(command, { shell: true, stdio: 'inherit', env: { ...process.env, ...env } });
	const ok = result.status === 0;
	record(label, started, ok);
	return ok;
}

function record(label, started, ok) {
	const seconds = (Date.now() - started) / 1000;
	stages.push({ label, seconds, ok });
	console.log(`◀ ${label}: ${ok ? 'berhasil' : 'gagal'} dalam ${seconds.toFixed(1)} detik`);
}

function gate(label, command, env) {
	const ok = run(label, command, env);
	if (ok) passed++;
	else (failed++, failures.push(label));
	return ok;
}

// Astro's anonymous usage report is a request to a third party: never from this project's runs.
process.env.ASTRO_TELEMETRY_DISABLED = '1';

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
	await endToEnd();
	deployed();
	for (const [label, command] of extraGates()) gate(label, command);
} else {
	failed++;
	failures.push('Uji end-to-end (tidak dijalankan: build gagal)');
}

/**
 * Runs Playwright against a preview server this script starts and watches: the suite starts only
 * once the server answers, and if the server dies mid-run the suite is stopped with one clear
 * message instead of a cascade of "connection refused" failures.
 */
async function endToEnd() {
	const label = 'Uji end-to-end (Playwright, Chromium)';
	const started = Date.now();
	const port = process.env.E2E_PORT ?? '4321';
	console.log(`\n▶ ${label}: server pratinjau di port ${port}, lalu npx playwright test`);
	// A server left running on the port would serve the tests an older build: refuse, and say so.
	if (await answers(`http://localhost:${port}/`)) {
		console.error(`\n✖ Port ${port} sudah dipakai program lain (mungkin server pratinjau lama). Hentikan program itu, atau pilih port lain: E2E_PORT=4400 npm test.`);
		failed++;
		failures.push(`${label} (port ${port} sudah dipakai)`);
		record(label, started, false);
		return;
	}
	const server = spawn('npx', ['astro', 'preview', '--port', port, '--host', 'localhost'], { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
	let serverLog = '';
	const keep = (chunk) => (serverLog = (serverLog + chunk).slice(-4000));
	server.stdout.on('data', keep);
	server.stderr.on('data', keep);
	let serverExit = null;
	const serverGone = new Promise((resolve) => server.on('exit', (code, signal) => resolve((serverExit = signal ?? code))));
	const stopServer = () => {
		try {
			process.kill(-server.pid, 'SIGTERM');
		} catch {
			/* already gone */
		}
	};

	const up = await waitForServer(`http://localhost:${port}/`, 60_000, () => serverExit !== null);
	if (!up) {
		stopServer();
		console.error(`\n✖ Server pratinjau tidak menjawab di http://localhost:${port}/ dalam 60 detik${serverExit !== null ? ` (berhenti dengan kode ${serverExit})` : ''}. Uji end-to-end tidak dijalankan.\nLog server:\n${serverLog}`);
		failed++;
		failures.push(`${label} (server pratinjau tidak berjalan)`);
		record(label, started, false);
		return;
	}

	rmSync('test-results/e2e.json', { force: true });
	const suite = spawn('npx', ['playwright', 'test'], { stdio: 'inherit', detached: true, env: { ...process.env, E2E_PORT: port, E2E_SERVER: 'external' } });
	const suiteDone = new Promise((resolve) => suite.on('exit', (code) => resolve(code)));
	const first = await Promise.race([suiteDone.then((code) => ({ suite: code })), serverGone.then(() => ({ server: true }))]);
	let e2eOk;
	if ('server' in first) {
		try {
			process.kill(-suite.pid, 'SIGTERM');
		} catch {
			/* already gone */
		}
		await suiteDone;
		console.error(`\n✖ Server pratinjau berhenti di tengah uji (kode ${serverExit}); uji end-to-end dihentikan. Hasil uji sesudahnya tidak berarti.\nLog server:\n${serverLog}`);
		failed++;
		failures.push(`${label} (server pratinjau berhenti)`);
		record(label, started, false);
		return;
	}
	e2eOk = first.suite === 0;
	stopServer();

	let stats;
	try {
		stats = JSON.parse(readFileSync('test-results/e2e.json', 'utf8')).stats;
	} catch {
		stats = undefined;
	}
	if (stats) {
		passed += stats.expected;
		// No retries: a test that only passes sometimes is a failing test.
		failed += stats.unexpected + stats.flaky;
	}
	if (!e2eOk) {
		failures.push('Uji end-to-end');
		if (!stats || stats.unexpected + stats.flaky === 0) failed++;
	}
	record(label, started, e2eOk);
}

/** The built site behind a real nginx with deploy/nginx.conf (headers, types, caching, 404, search, DOCX). */
function deployed() {
	rmSync('test-results/deploy.json', { force: true });
	const deployOk = run('Uji server nginx (deploy/nginx.conf)', 'npx playwright test -c playwright.deploy.config.ts', { CI: process.env.CI ?? '' });
	let deployStats;
	try {
		deployStats = JSON.parse(readFileSync('test-results/deploy.json', 'utf8')).stats;
	} catch {
		deployStats = undefined;
	}
	if (deployStats) {
		passed += deployStats.expected;
		failed += deployStats.unexpected + deployStats.flaky;
	}
	if (!deployOk) {
		failures.push('Uji server nginx');
		if (!deployStats || deployStats.unexpected + deployStats.flaky === 0) failed++;
	}
}

/** Whether something answers HTTP at `url` right now. */
async function answers(url) {
	try {
		await fetch(url);
		return true;
	} catch {
		return false;
	}
}

/** Polls `url` until it answers, `gaveUp()` says the server is gone, or `ms` pass. */
async function waitForServer(url, ms, gaveUp) {
	const deadline = Date.now() + ms;
	while (Date.now() < deadline && !gaveUp()) {
		try {
			const res = await fetch(url);
			if (res.ok) return true;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return false;
}

/** Further gates that need the built site, e.g. the DOCX check; each counts as one test. */
function extraGates() {
	const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
	return Object.keys(pkg.scripts)
		.filter((name) => name.startsWith('check:'))
		.map((name) => [`Gerbang ${name}`, `npm run ${name}`]);
}

console.log('\nDurasi per tahap:');
for (const { label, seconds, ok } of stages) console.log(`  ${ok ? '✓' : '✗'} ${label.padEnd(48)} ${seconds.toFixed(1).padStart(7)} detik`);
console.log(`  Σ ${'Jumlah'.padEnd(48)} ${stages.reduce((s, x) => s + x.seconds, 0).toFixed(1).padStart(7)} detik`);
if (failures.length) console.log(`\nGagal: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 && failures.length === 0 ? 0 : 1);
