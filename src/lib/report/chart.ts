/**
 * Small inline SVG charts for the weekly report, drawn as strings by pure functions: no
 * charting library, nothing loaded from elsewhere, and the same markup on screen and in print.
 * Colours come from CSS classes (`pm-chart__bar`, `pm-chart__line`, …) so the page's theme
 * tokens apply. Every text is escaped; each chart carries a title and a description, and the
 * page shows the same figures as a table.
 */

/**
 * Escapes text for XML content and attribute values.
 * @param text any text
 */
export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Rounds a maximum up to 1, 2 or 5 × a power of ten, so axis ticks are readable.
 * @param value the largest value (≥ 0)
 */
export function niceCeil(value: number): number {
	if (!(value > 0)) return 1;
	const power = 10 ** Math.floor(Math.log10(value));
	for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
	return 10 * power;
}

const fmt = (n: number) => Number(n.toFixed(1)).toString();

/** A point of {@link barLineChart}. */
export interface BarLinePoint {
	/** Axis label, e.g. "Sen". */
	label: string;
	/** Second line of the axis label, e.g. "16/11". */
	sublabel?: string;
	/** Bar value (left axis). */
	bar: number;
	/** Line value (right axis); `undefined` leaves a gap. */
	line?: number;
}

/** Options of {@link barLineChart}. */
export interface BarLineOptions {
	/** Id prefix for title/desc (unique on the page). */
	id: string;
	title: string;
	/** One-sentence description for screen readers. */
	description: string;
	barName: string;
	lineName: string;
	/** Formats bar values for the axis (id-ID). */
	formatBar: (n: number) => string;
	/** Formats line values for the axis (id-ID). */
	formatLine: (n: number) => string;
}

/**
 * Bars (left axis) with a line over them (right axis), e.g. reach per day and engagement rate.
 * @param points one per category, in order
 * @param o titles, series names and formatters
 */
export function barLineChart(points: readonly BarLinePoint[], o: BarLineOptions): string {
	const W = 640;
	const H = 280;
	const m = { left: 64, right: 56, top: 40, bottom: 44 };
	const plotW = W - m.left - m.right;
	const plotH = H - m.top - m.bottom;
	const barMax = niceCeil(Math.max(0, ...points.map((p) => p.bar)));
	const lineValues = points.map((p) => p.line).filter((v): v is number => v !== undefined);
	const lineMax = niceCeil(Math.max(0, ...lineValues));
	const step = plotW / Math.max(1, points.length);
	const y = (v: number, max: number) => m.top + plotH - (v / max) * plotH;
	const parts: string[] = [];
	for (let i = 0; i <= 4; i++) {
		const vb = (barMax * i) / 4;
		const vl = (lineMax * i) / 4;
		const yy = fmt(y(vb, barMax));
		parts.push(`<line class="pm-chart__grid" x1="${m.left}" x2="${W - m.right}" y1="${yy}" y2="${yy}"/>`);
		parts.push(`<text class="pm-chart__axis" x="${m.left - 6}" y="${yy}" dy="0.32em" text-anchor="end">${escapeXml(o.formatBar(vb))}</text>`);
		if (lineValues.length) parts.push(`<text class="pm-chart__axis" x="${W - m.right + 6}" y="${yy}" dy="0.32em">${escapeXml(o.formatLine(vl))}</text>`);
	}
	const barW = Math.max(2, step * 0.6);
	points.forEach((p, i) => {
		const x = m.left + step * i + (step - barW) / 2;
		const top = y(p.bar, barMax);
		parts.push(`<rect class="pm-chart__bar" x="${fmt(x)}" y="${fmt(top)}" width="${fmt(barW)}" height="${fmt(m.top + plotH - top)}"/>`);
		const cx = fmt(m.left + step * (i + 0.5));
		parts.push(`<text class="pm-chart__axis" x="${cx}" y="${H - m.bottom + 16}" text-anchor="middle">${escapeXml(p.label)}</text>`);
		if (p.sublabel) parts.push(`<text class="pm-chart__axis" x="${cx}" y="${H - m.bottom + 31}" text-anchor="middle">${escapeXml(p.sublabel)}</text>`);
	});
	let path = '';
	points.forEach((p, i) => {
		if (p.line === undefined) return;
		const cx = fmt(m.left + step * (i + 0.5));
		const cy = fmt(y(p.line, lineMax));
		path += `${path && points[i - 1]?.line !== undefined ? 'L' : 'M'}${cx} ${cy} `;
		parts.push(`<circle class="pm-chart__dot" cx="${cx}" cy="${cy}" r="4"/>`);
	});
	if (path) parts.push(`<path class="pm-chart__line" d="${path.trim()}"/>`);
	const legend =
		`<rect class="pm-chart__bar" x="${m.left}" y="10" width="14" height="14"/>` +
		`<text class="pm-chart__legend" x="${m.left + 20}" y="17" dy="0.32em">${escapeXml(o.barName)} (sumbu kiri)</text>` +
		(lineValues.length
			? `<line class="pm-chart__line" x1="${W / 2 + 20}" x2="${W / 2 + 40}" y1="17" y2="17"/><circle class="pm-chart__dot" cx="${W / 2 + 30}" cy="17" r="4"/>` +
				`<text class="pm-chart__legend" x="${W / 2 + 46}" y="17" dy="0.32em">${escapeXml(o.lineName)} (sumbu kanan)</text>`
			: '');
	return (
		`<svg class="pm-chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${o.id}-t ${o.id}-d" xmlns="http://www.w3.org/2000/svg">` +
		`<title id="${o.id}-t">${escapeXml(o.title)}</title><desc id="${o.id}-d">${escapeXml(o.description)}</desc>` +
		legend +
		parts.join('') +
		`</svg>`
	);
}

/** A row of {@link horizontalBarChart}. */
export interface BarRow {
	label: string;
	value: number;
	/** Text written after the bar, e.g. "3,4%". */
	text: string;
}

/**
 * Horizontal bars, one per row (e.g. engagement rate per content pillar).
 * @param rows rows in display order
 * @param o id, title and description
 */
export function horizontalBarChart(rows: readonly BarRow[], o: { id: string; title: string; description: string }): string {
	const W = 640;
	const rowH = 30;
	const labelW = 200;
	const H = 16 + rows.length * rowH;
	const max = Math.max(0, ...rows.map((r) => r.value));
	const plotW = W - labelW - 80;
	const parts = rows.map((r, i) => {
		const y = 8 + i * rowH;
		const w = max > 0 ? (r.value / max) * plotW : 0;
		const label = r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label;
		return (
			`<text class="pm-chart__axis" x="${labelW - 8}" y="${y + 11}" dy="0.32em" text-anchor="end">${escapeXml(label)}</text>` +
			`<rect class="pm-chart__bar" x="${labelW}" y="${y + 2}" width="${fmt(w)}" height="18"/>` +
			`<text class="pm-chart__value" x="${fmt(labelW + w + 6)}" y="${y + 11}" dy="0.32em">${escapeXml(r.text)}</text>`
		);
	});
	return (
		`<svg class="pm-chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${o.id}-t ${o.id}-d" xmlns="http://www.w3.org/2000/svg">` +
		`<title id="${o.id}-t">${escapeXml(o.title)}</title><desc id="${o.id}-d">${escapeXml(o.description)}</desc>` +
		parts.join('') +
		`</svg>`
	);
}
