// The fill service's Sheets adapter, run in the sidebar: reads and writes are server calls (google.script.run), the report engine is local.
import { FillError, type FillHost } from '../../core/fill/service';
import { fillText } from '../../core/i18n/fill-messages';
import { applyInParts, nameTakenError } from '../applier/parts';
import { fromWire, type SheetsServerCalls } from '../wire';

/** A server function called by name with its own argument and result types, asynchronously (google.script.run, or a test's bridge). */
export type ServerCall = <K extends keyof SheetsServerCalls>(name: K, ...args: Parameters<SheetsServerCalls[K]>) => Promise<ReturnType<SheetsServerCalls[K]>>;

/**
 * One fill's adapter. It keeps what this fill learnt from the spreadsheet (its time zone, its sheet names) for the
 * steps after: a new adapter per fill, so nothing outlives it.
 */
export function sheetsHost(call: ServerCall, onProgress?: (done: number, total: number) => void): FillHost {
  let timeZone = 'UTC';
  let names: readonly string[] = [];
  return {
    readHead: (kind) => call('readHead', kind),
    async readSource(options) {
      const first = await call('readSourceBand', options.sourceA1 ?? '', 0);
      if (!first) return null;
      timeZone = first.timeZone;
      const rows = first.rows.map((row) => row.map(fromWire));
      while (rows.length < first.total) {
        const band = await call('readSourceBand', first.label, rows.length);
        // rows deleted while it was read: say so rather than fill from half a table
        if (!band || band.rows.length === 0 || band.label !== first.label) throw new FillError(fillText('sourceChanged'));
        for (const row of band.rows) rows.push(row.map(fromWire));
      }
      return { headers: first.headers.map(fromWire), rows, label: first.label };
    },
    async sheetNames() {
      const info = await call('workbookInfo');
      timeZone = info.timeZone;
      names = info.sheetNames;
      return names;
    },
    async write(plan) {
      await applyInParts(
        plan,
        {
          hasSheet: (name) => names.includes(name),
          add: (name, rows, cols) => call('addReportSheet', name, rows, cols),
          writeBlocks: (id, blocks) => call('writeReportBlocks', id, JSON.stringify(blocks)),
          finish: (id, finish) => call('finishReportSheet', id, JSON.stringify(finish)),
          remove: (id) => call('removeReportSheet', id),
          nameTaken: nameTakenError,
        },
        { onProgress },
      );
      return { sheetName: plan.name, rows: plan.dataRows };
    },
    renderOptions: (base) => ({ ...base, timeZone }),
  };
}
