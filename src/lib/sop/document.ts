/**
 * Turns an SOP file into the {@link SopDocument} that pages, DOCX files and the builder
 * share, and provides the builder's blank starting point. Identity details that belong to
 * the agency adopting the SOP (name, number, dates, approving official) stay placeholders.
 */
import { legalBasisLine } from './legal.ts';
import { PLACEHOLDERS, type SopDocument } from './model.ts';
import type { SopFile } from './schema.ts';

/**
 * The document of an SOP file, with placeholders for the agency's own details.
 * @param file validated SOP file
 * @param titles titles of all SOPs by slug, to name the related SOPs ("Keterkaitan")
 * @throws if `related` names an SOP that does not exist
 */
export function fromSopFile(file: SopFile, titles: Readonly<Record<string, string>>): SopDocument {
	return {
		title: file.title,
		agency: PLACEHOLDERS.agency,
		unit: PLACEHOLDERS.unit,
		number: file.number,
		created: '',
		revised: '',
		effective: '',
		approver: { position: `Kepala ${PLACEHOLDERS.unit}`, name: PLACEHOLDERS.name, nip: PLACEHOLDERS.nip },
		legalBasis: file.legalBasis.map(legalBasisLine),
		qualifications: [...file.qualifications],
		related: file.related.map((slug) => {
			const title = titles[slug];
			if (!title) throw new Error(`SOP terkait "${slug}" tidak ada di src/content/sop/.`);
			return `SOP ${title}`;
		}),
		equipment: [...file.equipment],
		warnings: [...file.warnings],
		records: [...file.records],
		actors: file.actors.map((a) => ({ ...a })),
		steps: file.steps.map((s) => ({ ...s })),
	};
}

/** The builder's blank SOP: one actor and a start and end step to fill in. */
export function blankDocument(): SopDocument {
	return {
		title: '',
		agency: '',
		unit: '',
		number: '',
		created: '',
		revised: '',
		effective: '',
		approver: { position: '', name: '', nip: '' },
		legalBasis: [legalBasisLine('permenpan-35-2012'), legalBasisLine('permenpan-83-2012')],
		qualifications: [],
		related: [],
		equipment: [],
		warnings: [],
		records: [],
		actors: [{ id: 'p1', name: 'Pelaksana 1' }],
		steps: [
			{ id: 'l1', activity: '', actor: 'p1', symbol: 'start', requirements: '', time: '', output: '', notes: '' },
			{ id: 'l2', activity: '', actor: 'p1', symbol: 'end', requirements: '', time: '', output: '', notes: '' },
		],
	};
}
