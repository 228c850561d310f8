/**
 * HTML of an SOP as it will be signed: the identity table, then the flowchart table with
 * one column per actor, Mutu Baku and Keterangan. A plain string, so the SOP pages render
 * it on the server and the builder renders the same markup as its live preview.
 * Styles live in `src/components/sop/SopDocument.astro`.
 */
import { checkFlow, flowEdges, type FlowIssue } from './flow.ts';
import { layoutFlow } from './layout.ts';
import { cleanText, formatDocDate, PLACEHOLDERS, splitPlaceholders, SYMBOL_LABELS, type SopDocument } from './model.ts';
import { connectorText, planFlow, type OffPageConnector } from './sheet.ts';
import { connectorSvgParts, rowSvgParts } from './svg.ts';

/** MIME type of each logo format, for data URLs. */
export const LOGO_MIME = { png: 'image/png', jpg: 'image/jpeg', svg: 'image/svg+xml' } as const;

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Text with its placeholders marked, and line breaks kept. */
function rich(text: string, fallback = ''): string {
	const value = cleanText(text).trim() || fallback;
	return splitPlaceholders(value)
		.map((p) => (p.placeholder ? `<mark class="sop-ph">${escapeHtml(p.text)}</mark>` : escapeHtml(p.text)))
		.join('')
		.replace(/\n/g, '<br>');
}

function list(items: readonly string[]): string {
	const filled = items.map((i) => i.trim()).filter(Boolean);
	if (!filled.length) return '<p class="sop-empty">-</p>';
	return `<ol>${filled.map((i) => `<li>${rich(i)}</li>`).join('')}</ol>`;
}

function half(label: string, items: readonly string[]): string {
	return `<p class="sop-identity__head">${label}:</p>${list(items)}`;
}

/** Short description of a row's symbol for screen readers, e.g. "Keputusan oleh Kepala Bagian Humas. Ya: ke langkah 6. Tidak: ke langkah 5." */
export function describeStep(doc: SopDocument, index: number): string {
	const step = doc.steps[index]!;
	const actor = doc.actors.find((a) => a.id === step.actor)?.name ?? '';
	const edges = flowEdges(doc.steps).filter((e) => e.from === index);
	const to = (kind: string) => edges.find((e) => e.kind === kind);
	let text = `${SYMBOL_LABELS[step.symbol]} oleh ${cleanText(actor)}.`;
	if (step.symbol === 'decision') text += ` Ya: ke langkah ${(to('yes')?.to ?? 0) + 1}. Tidak: ke langkah ${(to('no')?.to ?? 0) + 1}.`;
	else if (to('next') && to('next')!.to !== index + 1) text += ` Lanjut ke langkah ${to('next')!.to + 1}.`;
	return text;
}

/** The identity part (bagian identitas) of SOP-AP: the identity table, then the six lists in two columns. */
export function identityTable(doc: SopDocument): string {
	const a = doc.approver;
	const row = (label: string, value: string) => `<tr><th scope="row">${label}</th><td>${value}</td></tr>`;
	const logo = doc.logo
		? `<img class="sop-logo-img" src="data:${LOGO_MIME[doc.logo.type]};base64,${doc.logo.data}" alt="Logo ${escapeHtml(cleanText(doc.agency).trim() || 'instansi')}" width="${doc.logo.widthPx}" height="${doc.logo.heightPx}">`
		: `<span class="sop-logo">${rich(PLACEHOLDERS.logo)}</span>`;
	return `<table class="sop-identity">
<caption>Identitas SOP</caption>
<colgroup><col class="sop-identity__c1"><col class="sop-identity__c2"><col class="sop-identity__c3"></colgroup>
<tbody>
<tr><th scope="rowgroup" rowspan="6" class="sop-identity__owner">${logo}<strong>${rich(doc.agency, PLACEHOLDERS.agency)}</strong><br><span class="sop-identity__unit">${rich(doc.unit, PLACEHOLDERS.unit)}</span></th><th scope="row">Nomor SOP</th><td>${rich(doc.number, PLACEHOLDERS.number)}</td></tr>
${row('Tanggal Pembuatan', rich(formatDocDate(doc.created)))}
${row('Tanggal Revisi', rich(doc.revised.trim() ? formatDocDate(doc.revised) : '-'))}
${row('Tanggal Efektif', rich(formatDocDate(doc.effective)))}
${row('Disahkan oleh', `<span class="sop-approval"><span>${rich(a.position, PLACEHOLDERS.position)}</span><span class="sop-sign" aria-hidden="true"></span><strong class="sop-approval__name">${rich(a.name, PLACEHOLDERS.name)}</strong><span>NIP ${rich(a.nip, PLACEHOLDERS.nip)}</span></span>`)}
${row('Nama SOP', `<strong>${rich(doc.title, '[NAMA SOP]')}</strong>`)}
</tbody>
</table>
<table class="sop-identity sop-identity--lists">
<caption class="sr-only">Identitas SOP (lanjutan)</caption>
<colgroup><col class="sop-identity__left"><col class="sop-identity__c3"></colgroup>
<tbody>
<tr><td>${half('Dasar Hukum', doc.legalBasis)}</td><td>${half('Kualifikasi Pelaksana', doc.qualifications)}</td></tr>
<tr><td>${half('Keterkaitan', doc.related)}</td><td>${half('Peralatan/Perlengkapan', doc.equipment)}</td></tr>
<tr><td>${half('Peringatan', doc.warnings)}</td><td>${half('Pencatatan dan Pendataan', doc.records)}</td></tr>
</tbody>
</table>`;
}

/**
 * The flowchart part (bagian diagram alir) of SOP-AP, split into the same pages as the DOCX
 * file (see sheet.ts): one table per page, with off-page connector rows where the flow
 * continues on the next page. Expects a flow that {@link checkFlow} accepts.
 */
export function flowTable(doc: SopDocument): string {
	const layout = layoutFlow(doc.actors, doc.steps);
	const plan = planFlow(doc, layout);
	const n = doc.actors.length;
	const head = `<thead>
<tr><th scope="col" rowspan="2" class="sop-flow__no">No</th><th scope="col" rowspan="2" class="sop-flow__activity">Kegiatan</th><th scope="colgroup" colspan="${n}">Pelaksana</th><th scope="colgroup" colspan="3">Mutu Baku</th><th scope="col" rowspan="2" class="sop-flow__notes">Keterangan</th></tr>
<tr>${doc.actors.map((a) => `<th scope="col" class="sop-flow__actor">${rich(a.name)}</th>`).join('')}<th scope="col" class="sop-flow__req">Kelengkapan</th><th scope="col" class="sop-flow__time">Waktu</th><th scope="col" class="sop-flow__output">Output</th></tr>
</thead>`;
	const chart = (parts: { top: string; band: string; bottom: string }, label: string) =>
		`<td colspan="${n}" class="sop-flow__chart"><div class="sop-chart" role="img" aria-label="${escapeHtml(label)}">${parts.top}${parts.band}${parts.bottom}</div></td>`;
	const stepRow = (i: number) => {
		const step = doc.steps[i]!;
		return `<tr data-step="${i + 1}"><td class="sop-flow__no">${i + 1}</td><td>${rich(step.activity)}</td>${chart(rowSvgParts(layout, i), describeStep(doc, i))}<td>${rich(step.requirements)}</td><td>${rich(step.time)}</td><td>${rich(step.output)}</td><td>${rich(step.notes)}</td></tr>`;
	};
	const connectorRow = (connectors: OffPageConnector[], side: 'incoming' | 'outgoing') => {
		const text = connectorText(side, connectors.map((c) => c.label));
		return `<tr class="sop-flow__connector" data-connector="${side}"><td class="sop-flow__no"></td><td>${escapeHtml(text)}</td>${chart(connectorSvgParts(layout, connectors, side), `Penghubung antarhalaman ${connectors.map((c) => c.label).join(', ')}`)}<td></td><td></td><td></td><td></td></tr>`;
	};
	const total = plan.pages.length;
	return plan.pages
		.map(
			(page, p) => `<table class="sop-flow" data-page="${p + 1}" style="--sop-lanes-width: ${layout.width}px; --sop-band: ${layout.band}px">
<caption>Diagram alir: ${rich(doc.title, '[NAMA SOP]')}${total > 1 ? ` (halaman ${p + 1} dari ${total})` : ''}</caption>
<colgroup><col class="sop-flow__no"><col class="sop-flow__activity">${doc.actors.map(() => `<col style="width: ${layout.laneWidth}px">`).join('')}<col class="sop-flow__req"><col class="sop-flow__time"><col class="sop-flow__output"><col class="sop-flow__notes"></colgroup>
${head}
<tbody>
${[...(page.incoming.length ? [connectorRow(page.incoming, 'incoming')] : []), ...page.steps.map(stepRow), ...(page.outgoing.length ? [connectorRow(page.outgoing, 'outgoing')] : [])].join('\n')}
</tbody>
</table>`
		)
		.join('\n');
}

/** A list of the problems that keep a flow from being drawn. */
export function issuesList(issues: readonly FlowIssue[]): string {
	return `<div class="sop-issues" role="alert"><p><strong>Diagram alir belum dapat digambar.</strong> Perbaiki dulu:</p><ul>${issues.map((i) => `<li>${escapeHtml(i.message)}</li>`).join('')}</ul></div>`;
}

/**
 * The whole SOP: identity table, then the flowchart table — or, when the flow is broken,
 * the list of problems in its place (never a wrong drawing).
 */
export function renderSopHtml(doc: SopDocument): string {
	const issues = checkFlow(doc.actors, doc.steps);
	const flow = issues.length ? issuesList(issues) : `<div class="sop-flow-wrap" tabindex="0" role="region" aria-label="Diagram alir (dapat digeser)">${flowTable(doc)}</div>`;
	return `<div class="sop-doc not-content"><div class="sop-sheet">${identityTable(doc)}</div><div class="sop-sheet sop-sheet--flow">${flow}</div></div>`;
}
