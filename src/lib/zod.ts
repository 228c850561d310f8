/**
 * The project's zod. Schemas run in the browser too (SOP builder and kit imports), where a strict
 * Content-Security-Policy forbids `eval`: zod's JIT would probe `new Function` and the browser
 * reports that probe as a violation even though zod catches it. `jitless` keeps zod to plain code.
 * Every module that defines a schema imports `z` from here, so the setting comes first.
 */
import { z } from 'astro/zod';

z.config({ jitless: true });

export { z };
