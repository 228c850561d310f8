import type { APIRoute } from 'astro';
import { templateCsv } from '../../lib/report/template.ts';

/** The weekly-report CSV template, built once at build time from src/lib/report/template.ts. */
export const GET: APIRoute = () => new Response(templateCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
