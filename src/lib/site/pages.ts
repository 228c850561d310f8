/**
 * Page kinds that change the page frame. Pure: takes Starlight route ids (`alat/engagement`).
 */

/**
 * Working tools (calculators, planners, the SOP builder, the crisis triage): they get the full
 * width (no "Di halaman ini" rail) and offer their own "Salin tautan" for a link that reopens
 * the reader's inputs, so the page footer does not add a second copy button.
 */
export function isWorkingTool(routeId: string): boolean {
	return /^(alat\/.+|sop\/penyusun|krisis\/tingkat-krisis)$/.test(routeId.replace(/^\/+|\/+$/g, ''));
}
