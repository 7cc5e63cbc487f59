/** Title, headline and notes of a RACI slide: the data each template part receives. */
import { boundedMap, listLimit } from '../../compose/bounded-list.js';
import type { ComposeContext } from '../slide-module.js';
import type { RaciResult, RaciRow } from './analyse-raci.js';
import type { RaciPage } from './compose-raci.js';

function flagData(row: RaciRow) {
  return {
    activity: row.activity,
    row: row.row,
    noA: row.flags.includes('noAccountable'),
    severalA: row.flags.includes('severalAccountable'),
    noR: row.flags.includes('noResponsible'),
    count: row.accountable.length,
    accountable: row.accountable.join(', '),
  };
}

export function raciSlideText(result: RaciResult, page: RaciPage, ctx: ComposeContext) {
  const first = result.flagged[0];
  const limit = listLimit(ctx);
  const data = {
    source: ctx.source,
    sheet: result.sheet,
    activityCount: result.rows.length,
    columnCount: result.columns.length,
    flaggedCount: result.flagged.length,
    firstFlag: first === undefined ? undefined : flagData(first),
    moreFlagged: Math.max(0, result.flagged.length - 1),
    flagged: boundedMap(result.flagged, flagData, limit),
    flagCounts: result.flagCounts,
    page: page.page,
    pages: page.pages,
    fromRow: page.rows[0]?.row ?? 0,
    toRow: page.rows.at(-1)?.row ?? 0,
    shownColumns: page.columns.map((index) => result.columns[index]?.header ?? '').join(', '),
    columnsSplit: page.columns.length < result.columns.length,
    columns: boundedMap(
      result.columns,
      (column) => ({
        header: column.header,
        isPerson: column.kind === 'person',
        isRole: column.kind === 'role',
        people: column.people.join(', '),
        counts: column.counts,
      }),
      limit,
    ),
    unknownColumns: result.unknownColumns.join(', '),
    hasUnknown: result.unknownColumns.length > 0,
  };
  return {
    title: ctx.text.render('team', 'raciTitle', data),
    headline: ctx.text.render('team', 'raciHeadline', data),
    notes: ctx.text.render('team', 'raciNotes', data),
  };
}
