import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { guideFrontmatter } from './lib/content/frontmatter.ts';
import { glossaryTermSchema } from './lib/content/glossary.ts';
import { templateGroupSchema } from './lib/templat/schema.ts';
import { sopFileSchema } from './lib/sop/schema.ts';

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: guideFrontmatter }) }),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	/** Glossary: one entry per term in `src/data/glosarium.yaml`. */
	glosarium: defineCollection({ loader: file('src/data/glosarium.yaml'), schema: glossaryTermSchema }),
	/** Reply and statement templates: one YAML file per group (`src/content/templat/<kelompok>.yaml`). */
	templat: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/templat' }), schema: templateGroupSchema }),
	/** One SOP per YAML file: the single source of its page, its DOCX file and the builder's template. */
	sop: defineCollection({ loader: glob({ pattern: '*.yaml', base: './src/content/sop' }), schema: sopFileSchema }),
};
