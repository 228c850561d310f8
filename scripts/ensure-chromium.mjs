// Makes sure a Chromium for the end-to-end tests exists. Playwright's own browser download
// is not used: the tests drive the system Chromium (Debian package `chromium`).
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromiumPath as path } from '../playwright.config.ts';
if (existsSync(path)) process.exit(0);

const isRoot = process.getuid?.() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt && !process.env.CHROMIUM_PATH) {
	console.log('Chromium belum terpasang: memasang paket Debian "chromium" dengan apt-get…');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
	if (existsSync(path)) process.exit(0);
}
console.error(
	[
		`Chromium tidak ditemukan di ${path}.`,
		'Pasang Chromium, lalu jalankan ulang:',
		'  Debian/Ubuntu (root):  apt-get install -y chromium',
		'  Debian/Ubuntu (sudo):  sudo apt-get install -y chromium',
		'Atau arahkan ke Chromium/Chrome lain dengan variabel CHROMIUM_PATH=/jalur/ke/chromium.',
	].join('\n')
);
process.exit(1);
