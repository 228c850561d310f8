/**
 * iCalendar files (RFC 5545) for all-day events, as Google Calendar, Outlook and Apple Calendar
 * import them: CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character),
 * TEXT values escaped, one VEVENT per event with UID, DTSTAMP and DTSTART;VALUE=DATE.
 * `parseIcs` reads such a file back; the tests use it to check what `buildIcs` wrote.
 */
import { toIsoDate, type DayNumber } from './dates.ts';

/** One all-day event. */
export interface IcsEvent {
	/** Unique and stable id (the same plan gives the same UIDs, so a re-import updates instead of duplicating). */
	uid: string;
	/** The day. */
	day: DayNumber;
	/** Title. */
	summary: string;
	/** Longer text (may hold line breaks). */
	description?: string;
	/** Categories, e.g. the platform and the pillar. */
	categories?: string[];
}

/** Calendar-level options of {@link buildIcs}. */
export interface IcsOptions {
	/** Name shown when the calendar is imported as a new calendar. */
	name: string;
	/** Moment the file is made (DTSTAMP), passed in so the function stays pure. */
	now: Date;
}

/**
 * Escapes a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11).
 * @param text any text
 */
export function escapeIcsText(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds one content line so no physical line exceeds 75 octets (RFC 5545 §3.1): continuation
 * lines start with a space. Counts UTF-8 bytes and never splits a character.
 * @param line an unfolded content line without its line end
 */
export function foldIcsLine(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let bytes = 0;
	for (const ch of line) {
		const size = encoder.encode(ch).length;
		// The first line may hold 75 octets; continuation lines hold 74 after their leading space.
		const limit = parts.length === 0 ? 75 : 74;
		if (bytes + size > limit) {
			parts.push(current);
			current = '';
			bytes = 0;
		}
		current += ch;
		bytes += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const compactDate = (day: DayNumber) => toIsoDate(day).replace(/-/g, '');
const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * Builds a VCALENDAR holding one all-day VEVENT per event (DTEND is the next day, as RFC 5545
 * prescribes for a one-day event). Events are marked TRANSPARENT so they do not block time.
 * @param events the events
 * @param options calendar name and generation time
 */
export function buildIcs(events: readonly IcsEvent[], options: IcsOptions): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Pedoman Medsos//Kalender Konten//ID',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeIcsText(options.name)}`,
	];
	for (const e of events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${escapeIcsText(e.uid)}`,
			`DTSTAMP:${stamp(options.now)}`,
			`DTSTART;VALUE=DATE:${compactDate(e.day)}`,
			`DTEND;VALUE=DATE:${compactDate(e.day + 1)}`,
			`SUMMARY:${escapeIcsText(e.summary)}`
		);
		if (e.description) lines.push(`DESCRIPTION:${escapeIcsText(e.description)}`);
		if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeIcsText).join(',')}`);
		lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldIcsLine).join('\r\n') + '\r\n';
}

/** A property as read back by {@link parseIcs}. */
export interface IcsProperty {
	name: string;
	params: Record<string, string>;
	value: string;
}

/** A component (VEVENT, …) read back by {@link parseIcs}: properties by name (first occurrence), plus all. */
export interface IcsComponent {
	type: string;
	props: Record<string, IcsProperty>;
	all: IcsProperty[];
}

/**
 * Reads the text value of a property back (undoes {@link escapeIcsText}).
 * @param value an escaped TEXT value
 */
export function unescapeIcsText(value: string): string {
	return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/**
 * Reads an iCalendar file: unfolds lines, splits properties and parameters, and returns the
 * VCALENDAR's own properties and its components. Throws on lines that are not properties, on
 * bare LF line ends and on BEGIN/END that do not match, so a test fails on a malformed file.
 * @param text file content
 */
export function parseIcs(text: string): { calendar: IcsComponent; components: IcsComponent[] } {
	if (/[^\r]\n/.test(text)) throw new Error('ICS: baris harus diakhiri CRLF.');
	const unfolded = text.replace(/\r\n[ \t]/g, '').split('\r\n').filter((l) => l !== '');
	const stack: IcsComponent[] = [];
	const components: IcsComponent[] = [];
	let calendar: IcsComponent | undefined;
	for (const line of unfolded) {
		const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^;:]*))*):(.*)$/.exec(line);
		if (!m) throw new Error(`ICS: baris tidak sah "${line}"`);
		const name = m[1]!.toUpperCase();
		const params: Record<string, string> = {};
		for (const p of m[2]!.split(';').slice(1)) {
			const [k, v] = p.split('=');
			params[k!.toUpperCase()] = v!.replace(/^"|"$/g, '');
		}
		const value = m[3]!;
		if (name === 'BEGIN') {
			stack.push({ type: value, props: {}, all: [] });
			continue;
		}
		if (name === 'END') {
			const done = stack.pop();
			if (!done || done.type !== value) throw new Error(`ICS: END:${value} tanpa BEGIN yang cocok`);
			if (done.type === 'VCALENDAR') calendar = done;
			else components.push(done);
			continue;
		}
		const current = stack.at(-1);
		if (!current) throw new Error(`ICS: properti di luar komponen "${line}"`);
		const prop = { name, params, value };
		current.all.push(prop);
		current.props[name] ??= prop;
	}
	if (stack.length || !calendar) throw new Error('ICS: VCALENDAR tidak lengkap');
	return { calendar, components };
}
