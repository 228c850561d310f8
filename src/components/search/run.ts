/**
 * The heavy part of the header search: the pipeline with its thesaurus and the excerpt reader.
 * Loaded by site-search.ts when the reader first shows interest in searching (pointer on or focus
 * in the search button, the dialog opening), so a page that is only read ships none of it.
 */
export { searchSite } from '../../lib/search/pipeline.ts';
export { excerptParts } from '../../lib/search/excerpt.ts';
export { GLOSSARY_URL } from '../../lib/search/pagefind-config.ts';
