import type { AstroIntegration } from 'astro';
import { HOLIDAY_YEARS } from '../data/hari-libur/index.ts';
import { coverageWarning } from '../lib/calendar/holidays.ts';

/**
 * Prints a clear warning at build time when the holiday data (src/data/hari-libur) does not
 * fully cover the next 12 months from the build date. It warns, never fails: an old year's
 * build must still work. BUILD_DATE (YYYY-MM-DD) overrides the date for reproducible builds.
 */
export default function holidayCoverage(): AstroIntegration {
	return {
		name: 'pedoman:holiday-coverage',
		hooks: {
			'astro:build:start': ({ logger }) => {
				const today = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
				const warning = coverageWarning(HOLIDAY_YEARS, today);
				if (warning) logger.warn(warning);
				else logger.info(`Data hari libur mencakup 12 bulan sejak ${today}.`);
			},
		},
	};
}
