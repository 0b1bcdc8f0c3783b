/**
 * The downloads at stable URLs: /data/people.csv, /data/people.json,
 * /data/events.csv, /data/events.json, written at build time from the
 * validated dataset. Columns are explained on /data/.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDataset } from '../../site/dataset';
import { formats, tableFile, tableNames, type Format, type TableName } from '../../site/tables';

export const getStaticPaths = (() =>
  tableNames.flatMap((table) =>
    (Object.keys(formats) as Format[]).map((format) => ({ params: { file: `${table}.${format}` }, props: { table, format } })),
  )) satisfies GetStaticPaths;

interface Props {
  table: TableName;
  format: Format;
}

export const GET: APIRoute<Props> = async ({ props }) =>
  new Response(tableFile(props.table, props.format, await loadDataset()), { headers: { 'Content-Type': formats[props.format] } });
