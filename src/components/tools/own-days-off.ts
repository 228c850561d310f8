/**
 * Keeps the "hari libur tambahan" field of the working-day tools in the browser (one key for
 * both tools, so days typed in the deadline tool also appear in the content calendar) as well as
 * in the shared link (the tool's URL). A link that carries its own list wins over the stored one.
 */
import { OWN_DAYS_OFF_FIELD, OWN_DAYS_OFF_KEY } from '../../lib/calendar/own-days-off.ts';
import { flushOnLeave, storage } from '../kit/storage.ts';

/**
 * Wires the field of `form`.
 * @param form the tool's form
 * @param refresh recomputes the tool after the field was filled from storage
 */
export function keepOwnDaysOff(form: HTMLFormElement, refresh: () => void): void {
	const field = form.elements.namedItem(OWN_DAYS_OFF_FIELD) as HTMLTextAreaElement | null;
	if (!field) return;
	const stored = storage().getItem(OWN_DAYS_OFF_KEY);
	if (!field.value.trim() && stored) {
		field.value = stored;
		refresh();
	}
	const save = () => {
		if (field.value.trim()) storage().setItem(OWN_DAYS_OFF_KEY, field.value);
		else storage().removeItem(OWN_DAYS_OFF_KEY);
	};
	field.addEventListener('change', save);
	field.addEventListener('input', save);
	flushOnLeave(save);
}
