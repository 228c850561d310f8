/**
 * Links for passing a page on, built without any third-party script: a WhatsApp link carries
 * only the text the reader would paste anyway (title and address).
 */

/** The text shared for a page: its title, then its address on its own line. */
export function shareText(title: string, url: string): string {
	return `${title.trim()}\n${url}`;
}

/** A `https://wa.me/?text=…` link that opens WhatsApp with the title and address filled in. */
export function whatsappHref(title: string, url: string): string {
	return `https://wa.me/?text=${encodeURIComponent(shareText(title, url))}`;
}
