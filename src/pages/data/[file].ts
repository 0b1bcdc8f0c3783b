/**
 * The downloads at stable URLs: /data/people.csv, /data/people.json,
 * /data/events.csv, /data/events.json, written at build time from the
 * validated dataset, and their JSON Schemas (/data/people.schema.json…).
 * Columns are explained on /data/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { formats, tableFile, tableJsonSchema, tableNames, type Format, type TableName } from '../../site/tables';

export const getStaticPaths = (() =>
  tableNames.flatMap((table) => [
    ...(Object.keys(formats) as Format[]).map((format) => ({ params: { file: `${table}.${format}` }, props: { table, format } })),
    { params: { file: `${table}.schema.json` }, props: { table, format: 'schema' as const } },
  ])) satisfies GetStaticPaths;

interface Props {
  table: TableName;
  format: Format | 'schema';
}

export const GET: APIRoute<Props> = async ({ props: { table, format }, locals }) =>
  format === 'schema'
    ? new Response(`${JSON.stringify(tableJsonSchema(table), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } })
    : new Response(tableFile(table, format, locals.dataset), { headers: { 'Content-Type': formats[format] } });
