import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { guideFrontmatter } from './lib/content/frontmatter.ts';
import { glossaryTermSchema } from './lib/content/glossary.ts';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: guideFrontmatter }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	glosarium: defineCollection({ loader: file('src/data/glosarium.yaml'), schema: glossaryTermSchema }),
};
