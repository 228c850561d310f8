/**
 * Sharing a page: the Web Share API where the browser has it (phones: WhatsApp, Telegram…),
 * otherwise the address is copied. Pure link building lives in `src/lib/share/links.ts`.
 */
import { copyText } from './clipboard.ts';

/** How a share ended: sent to the system share sheet, copied, cancelled by the reader, or failed. */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

/** Shares `title` and `url`; falls back to copying the address. */
export async function shareLink(title: string, url: string): Promise<ShareOutcome> {
	if (typeof navigator.share === 'function') {
		try {
			await navigator.share({ title, url });
			return 'shared';
		} catch (error) {
			if ((error as Error)?.name === 'AbortError') return 'cancelled';
		}
	}
	return (await copyText(url)) ? 'copied' : 'failed';
}
