// The one fill flow over a fake host, synchronous and asynchronous: each error path, the rollback of only the new sheet, bilingual messages.
import { describe, expect, it } from 'vitest';
import { ApplyError, applyNewSheet } from '../../core/apply/newSheet';
import { detectSource, FillError, fillReport, forPane, insertBlank, sourceRef, type FillHost, type FillOutcome } from '../../core/fill/service';
import type { FillOptions } from '../../core/fill/types';
import type { Maybe } from '../../core/fill/maybe';
import { sample } from '../../core/templates/stockOrder';

interface FakeSheet {
  name: string;
  written: boolean;
}

/** A fake workbook host: sheets by object, a log of calls; `async` wraps every answer in a Promise. */
function fakeHost(opts: { async?: boolean; source?: () => { headers: unknown[]; rows: unknown[][] } | null; failWrite?: string; failRead?: string; takenOnAdd?: boolean } = {}) {
  const sheets: FakeSheet[] = [{ name: 'Sheet1', written: true }];
  const log: string[] = [];
  const give = <T>(v: () => T): Maybe<T> => (opts.async ? Promise.resolve().then(v) : v());
  const host: FillHost = {
    readHead: (kind, table) =>
      give(() => {
        log.push(`readHead ${kind}`);
        if (opts.failRead) throw new Error(opts.failRead);
        const s = opts.source ? opts.source() : sample();
        if (!s) return null;
        return { label: 'Sheet1!A1:F41', a1: 'Sheet1!A1:F41', ...(table ? { table } : {}), headers: s.headers.map(String), rowCount: s.rows.length, preview: [] };
      }),
    readSource: () =>
      give(() => {
        log.push('readSource');
        if (opts.failRead) throw new Error(opts.failRead);
        const s = opts.source ? opts.source() : sample();
        return s && { ...s, label: 'Sheet1!A1:F41' };
      }),
    sheetNames: () => give(() => sheets.map((s) => s.name)),
    write: (plan) =>
      andReturn(
        applyNewSheet<FakeSheet>(plan.name, {
          hasSheet: (name) => give(() => sheets.some((s) => s.name === name)),
          addSheet: (name) =>
            give(() => {
              log.push(`add ${name}`);
              if (opts.takenOnAdd) throw new Error('A sheet with this name already exists');
              const s = { name, written: false };
              sheets.push(s);
              return s;
            }),
          write: (sheet) =>
            give(() => {
              log.push(`write ${sheet.name}`);
              if (opts.failWrite) throw new Error(opts.failWrite);
              sheet.written = true;
            }),
          removeSheet: (sheet) =>
            give(() => {
              log.push(`remove ${sheet.name}`);
              sheets.splice(sheets.indexOf(sheet), 1);
            }),
          nameTaken: (e) => /already exists/.test(String(e)),
        }),
        { sheetName: plan.name, rows: plan.dataRows },
      ),
  };
  return { host, sheets, log };
}

const andReturn = <T>(v: Maybe<void>, out: T): Maybe<T> => (v instanceof Promise ? v.then(() => out) : out);

const OPTIONS: FillOptions = { lang: 'zh-CN', live: true, sourceA1: 'Sheet1!A1:F41' };

/** Both languages are there, and they differ (not one text copied into both). */
function bilingual(e: { 'zh-CN': string; 'en-US': string }) {
  expect(e['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  expect(e['en-US']).toMatch(/^[\x20-\x7e“”"…—’]*[A-Za-z]/);
  expect(e['zh-CN']).not.toBe(e['en-US']);
}

describe.each([false, true])('fill service (async host: %s)', (async) => {
  const run = async (v: Maybe<FillOutcome>) => {
    // a synchronous host gets its answer synchronously (an Apps Script server function cannot return a Promise)
    expect(v instanceof Promise).toBe(async);
    return v;
  };

  it('reads, matches, renders and writes one new sheet', async () => {
    const { host, sheets, log } = fakeHost({ async });
    const out = await run(fillReport(host, 'stock-order', OPTIONS));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(sheets.map((s) => s.name)).toEqual(['Sheet1', out.sheetName]);
    expect(sheets[1].written).toBe(true);
    expect(out.rows).toBe(sample().rows.length);
    expect(log).toEqual(['readSource', `add ${out.sheetName}`, `write ${out.sheetName}`]);
    // only JSON crosses to the pane
    const pane = forPane(out);
    expect(JSON.parse(JSON.stringify(pane))).toEqual(pane);
    expect(pane).not.toHaveProperty('plan');
  });

  it('a read that fails says so in both languages and writes nothing', async () => {
    const { host, sheets, log } = fakeHost({ async, failRead: 'range is protected' });
    const out = await run(fillReport(host, 'stock-order', OPTIONS));
    expect(out).toMatchObject({ ok: false, stage: 'read' });
    if (out.ok) return;
    bilingual(out.error);
    expect(out.error['zh-CN']).toContain('range is protected');
    expect(out.error['en-US']).toContain('range is protected');
    expect(sheets).toHaveLength(1);
    expect(log.filter((l) => l.startsWith('add'))).toEqual([]);
  });

  it('a source that is gone, or none chosen, is refused before anything is written', async () => {
    const gone = await run(fillReport(fakeHost({ async, source: () => null }).host, 'stock-order', OPTIONS));
    expect(gone).toMatchObject({ ok: false, stage: 'read' });
    if (!gone.ok) bilingual(gone.error);
    expect(() => sourceRef({ lang: 'zh-CN', live: true })).toThrow(FillError);
    expect(sourceRef({ lang: 'zh-CN', live: true, tableName: 'T1', sourceA1: 'S!A1:B2' })).toEqual({ table: 'T1', a1: 'S!A1:B2' });
  });

  it('a source without a header row is refused at render, in both languages', async () => {
    const { host, sheets } = fakeHost({ async, source: () => ({ headers: ['', ' '], rows: [[1, 2]] }) });
    const out = await run(fillReport(host, 'stock-order', OPTIONS));
    expect(out).toMatchObject({ ok: false, stage: 'render', renderError: { code: 'no-headers' } });
    if (!out.ok) bilingual(out.error);
    expect(sheets).toHaveLength(1);
  });

  it('a render that refuses (a required field without a column) never reaches the writer', async () => {
    const { host, sheets, log } = fakeHost({ async, source: () => ({ headers: ['经销商', '品项'], rows: [['a', 'b']] }) });
    const out = await run(fillReport(host, 'stock-order', OPTIONS));
    expect(out).toMatchObject({ ok: false, stage: 'render', renderError: { code: 'unmapped' } });
    if (out.ok) return;
    bilingual(out.error);
    expect(out.renderError?.missing?.length).toBeGreaterThan(0);
    expect(sheets).toHaveLength(1);
    expect(log).toEqual(['readSource']);
  });

  it('a write that fails removes the sheet it added, and only that one', async () => {
    const { host, sheets, log } = fakeHost({ async, failWrite: 'quota exceeded' });
    const out = await run(fillReport(host, 'stock-order', OPTIONS));
    expect(out).toMatchObject({ ok: false, stage: 'write' });
    if (out.ok) return;
    bilingual(out.error);
    expect(out.error['zh-CN']).toContain('已删除未完成的新工作表');
    expect(out.error['en-US']).toContain('quota exceeded');
    expect(out.cause).toBeInstanceOf(ApplyError);
    const name = log.find((l) => l.startsWith('add '))!.slice(4);
    expect(log.slice(-2)).toEqual([`write ${name}`, `remove ${name}`]);
    expect(sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it("a name a co-author takes between the check and the add removes nothing", async () => {
    const { host, sheets, log } = fakeHost({ async, takenOnAdd: true });
    const out = await run(fillReport(host, 'stock-order', OPTIONS));
    expect(out).toMatchObject({ ok: false, stage: 'write' });
    if (!out.ok) {
      bilingual(out.error);
      expect(out.error['en-US']).toMatch(/already exists/);
    }
    expect(log.some((l) => l.startsWith('remove'))).toBe(false);
    expect(sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('a blank form reads no source', async () => {
    const { host, sheets, log } = fakeHost({ async });
    const out = await run(insertBlank(host, 'stock-order', { lang: 'en-US', live: true, rows: 5 }));
    expect(out.ok).toBe(true);
    expect(log.includes('readSource')).toBe(false);
    expect(sheets).toHaveLength(2);
  });

  it('detection matches the headers; a failed read and an empty selection say why in both languages', async () => {
    const info = await detectSource(fakeHost({ async }).host, 'table', 'stock-order', 'T1');
    expect(info).toMatchObject({ ok: true, table: 'T1', missing: [] });
    if (info.ok) expect(Object.keys(info.mapping).length).toBeGreaterThan(3);
    const failed = await detectSource(fakeHost({ async, failRead: 'busy' }).host, 'selection', 'stock-order');
    expect(failed.ok).toBe(false);
    if (!failed.ok) {
      bilingual(failed.error);
      expect(failed.error['en-US']).toContain('busy');
    }
    const none = await detectSource(fakeHost({ async, source: () => null }).host, 'selection', 'stock-order');
    expect(none.ok).toBe(false);
    if (!none.ok) bilingual(none.error);
  });
});
