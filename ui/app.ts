// The pane/sidebar UI, written once: template, source, mapping with overrides, options, generate with progress, result; function help.
import type { FunctionHelp } from '../core/functions/help';
import type { Lang } from '../core/i18n/lang';
import type { TemplateSummary } from '../core/templates/index';
import { matchHeaders } from '../core/plan/matchHeaders';
import { clear, el, option } from './dom';
import type { FillOptions, FillResult, HostBridge, SourceInfo, SourceKind } from './protocol';
import { t, type StringKey } from './strings';
import type { FormulaMode } from '../core/plan/types';

type Mode = 'fill' | 'blank' | 'help';

interface State {
  lang: Lang;
  mode: Mode;
  templates: TemplateSummary[];
  templateId: string;
  source: SourceInfo | null;
  mapping: Record<string, number | null>;
  busy: boolean;
}

/** Mount the UI into `root`, talking to the host only through `bridge`. */
export async function mountApp(root: HTMLElement, bridge: HostBridge, initialMode: Mode = 'fill'): Promise<void> {
  const state: State = { lang: await bridge.uiLanguage(), mode: initialMode, templates: [], templateId: '', source: null, mapping: {}, busy: false };
  state.templates = await bridge.listTemplates(state.lang);
  state.templateId = state.templates[0]?.id ?? '';
  const tables = await bridge.listTables().catch(() => [] as string[]);
  // null: the host has no such option (Sheets), or cannot tell (Excel without Office.addin)
  // the host's modes, its default first; null: all three, portable first
  const offered: FormulaMode[] | null = bridge.formulaModes ? await bridge.formulaModes().catch(() => null) : null;
  let loadOnOpen: boolean | null = bridge.getLoadOnOpen ? await bridge.getLoadOnOpen().catch(() => null) : null;

  const L = (k: Parameters<typeof t>[1]) => t(state.lang, k);
  const current = () => state.templates.find((x) => x.id === state.templateId)!;

  async function render(): Promise<void> {
    clear(root);
    root.append(header());
    if (state.mode === 'help') root.append(await helpView());
    else root.append(reportView());
  }

  function header(): HTMLElement {
    const tabs = el('div', { class: 'tabs', role: 'tablist' });
    for (const [mode, label] of [['fill', L('fill')], ['blank', L('blank')], ['help', L('functions')]] as const) {
      const b = el('button', { class: state.mode === mode ? 'tab active' : 'tab', 'data-mode': mode, type: 'button', role: 'tab' }, label);
      b.addEventListener('click', () => {
        state.mode = mode;
        void render();
      });
      tabs.append(b);
    }
    const lang = el('select', { 'aria-label': L('language'), class: 'lang', id: 'ui-lang' });
    lang.append(option('zh-CN', '中文', state.lang === 'zh-CN'), option('en-US', 'English', state.lang === 'en-US'));
    lang.addEventListener('change', async () => {
      state.lang = lang.value as Lang;
      state.templates = await bridge.listTemplates(state.lang);
      void render();
    });
    const head = el('header', {}, tabs, lang);
    if (loadOnOpen !== null) {
      const box = el('input', { id: 'load-on-open', type: 'checkbox', checked: loadOnOpen });
      box.addEventListener('change', () => {
        const want = box.checked;
        void bridge.setLoadOnOpen!(want).then(
          () => (loadOnOpen = want),
          () => (box.checked = !want),
        );
      });
      head.append(el('label', { class: 'check startup' }, box, L('loadOnOpen')));
    }
    return head;
  }

  function reportView(): HTMLElement {
    const box = el('main', {});
    // template
    const sel = el('select', { id: 'template', 'aria-label': L('template') });
    for (const x of state.templates) sel.append(option(x.id, x.name, x.id === state.templateId));
    sel.addEventListener('change', () => {
      state.templateId = sel.value;
      state.mapping = {};
      // the source the user chose stays (a named table, a region): its headers are matched to the new template
      // here, with no round trip to the host
      if (state.source && state.source.ok) {
        const m = matchHeaders(state.source.headers, current());
        state.source = { ...state.source, mapping: m.mapping, missing: m.missing };
        state.mapping = { ...m.mapping };
      }
      void render();
    });
    box.append(el('label', { for: 'template' }, L('template')), sel, el('p', { class: 'desc', id: 'template-desc', text: current().description }));

    if (state.mode === 'fill') box.append(sourceView(), mappingView());
    box.append(optionsView(), actionView(), el('div', { id: 'result', role: 'status', 'aria-live': 'polite' }));
    return box;
  }

  function sourceView(): HTMLElement {
    const s = el('section', { class: 'source' }, el('h3', { text: L('source') }));
    const buttons = el('div', { class: 'row' });
    for (const [kind, label] of [['selection', L('useSelection')], ['region', L('useRegion')]] as const) {
      const b = el('button', { type: 'button', id: `source-${kind}` }, label);
      b.addEventListener('click', () => void detect(kind));
      buttons.append(b);
    }
    s.append(buttons);
    if (tables.length) {
      const ts = el('select', { id: 'source-table', 'aria-label': L('useTable') });
      ts.append(option('', `${L('useTable')}…`));
      // the table the user chose stays selected across re-renders (a template change keeps the source)
      const chosen = state.source && state.source.ok ? state.source.table : undefined;
      for (const name of tables) ts.append(option(name, name, name === chosen));
      ts.addEventListener('change', () => ts.value && void detect('table', ts.value));
      s.append(ts);
    }
    const src = state.source;
    if (!src) s.append(el('p', { class: 'hint', text: L('noSource') }));
    else if (!src.ok) s.append(el('p', { class: 'error', text: src.error[state.lang] }));
    else s.append(el('p', { class: 'found', id: 'source-label', text: `${src.label} · ${src.rowCount} ${L('rowsFound')}` }));
    return s;
  }

  async function detect(kind: SourceKind, table?: string) {
    state.source = await bridge.detectSource(kind, state.templateId, table);
    state.mapping = state.source.ok ? { ...state.source.mapping } : {};
    void render();
  }

  function missingRequired(): string[] {
    return current()
      .fields.filter((f) => f.required && (state.mapping[f.id] === undefined || state.mapping[f.id] === null))
      .map((f) => f.id);
  }

  function mappingView(): HTMLElement {
    const s = el('section', { class: 'mapping' }, el('h3', { text: L('mapping') }));
    const src = state.source;
    if (!src || !src.ok) return s;
    const missing = new Set(missingRequired());
    const table = el('div', { class: 'grid' });
    for (const f of current().fields) {
      const sel = el('select', { id: `map-${f.id}`, 'data-field': f.id, class: missing.has(f.id) ? 'missing' : '' });
      sel.append(option('', L('none')));
      src.headers.forEach((h, i) => sel.append(option(String(i), h || `#${i + 1}`, state.mapping[f.id] === i)));
      sel.addEventListener('change', () => {
        state.mapping[f.id] = sel.value === '' ? null : Number(sel.value);
        void render();
      });
      const name = el('span', { class: f.required ? 'req' : '' }, f.header, f.required ? ` (${L('required')})` : '');
      table.append(el('label', { for: `map-${f.id}` }, name), sel);
    }
    s.append(table);
    if (missing.size) s.append(el('p', { class: 'error', text: L('unmapped') }));
    return s;
  }

  // portable by default: a report is made to be sent, and it must keep computing for whoever opens it (README);
  // a host may say otherwise (WPS with its DK functions registered defaults to them)
  const opts: { title: string; period: string; reportLang: Lang; formulas: FormulaMode; rows: number } = { title: '', period: '', reportLang: state.lang, formulas: offered?.[0] ?? 'portable', rows: 20 };

  function optionsView(): HTMLElement {
    const s = el('section', { class: 'options' }, el('h3', { text: L('options') }));
    const input = (id: string, label: string, value: string, onInput: (v: string) => void, type = 'text') => {
      const i = el('input', { id, type, value });
      i.addEventListener('input', () => onInput(i.value));
      s.append(el('label', { for: id }, label), i);
    };
    input('opt-title', L('title'), opts.title, (v) => (opts.title = v));
    input('opt-period', L('period'), opts.period, (v) => (opts.period = v));
    const lang = el('select', { id: 'opt-lang' });
    lang.append(option('zh-CN', '中文', opts.reportLang === 'zh-CN'), option('en-US', 'English', opts.reportLang === 'en-US'));
    lang.addEventListener('change', () => (opts.reportLang = lang.value as Lang));
    s.append(el('label', { for: 'opt-lang' }, L('headerLang')), lang);
    const modes = el('fieldset', { id: 'opt-formulas', class: 'modes' }, el('legend', { text: L('formulas') }));
    const choices: [FormulaMode, StringKey, StringKey][] = [
      // "recommended" only where portable is the default
      ['portable', offered && offered[0] !== 'portable' ? 'modePortablePlain' : 'modePortable', 'modePortableHint'],
      ['dk', 'modeDk', 'modeDkHint'],
      ['values', 'modeValues', 'modeValuesHint'],
    ];
    for (const [mode, label, hint] of choices.filter(([m]) => !offered || offered.includes(m))) {
      const r = el('input', { id: `opt-formulas-${mode}`, type: 'radio', name: 'opt-formulas', value: mode, checked: opts.formulas === mode });
      r.addEventListener('change', () => r.checked && (opts.formulas = mode));
      modes.append(el('label', { class: 'check', for: `opt-formulas-${mode}` }, r, L(label)), el('p', { class: 'hint', text: L(hint) }));
    }
    s.append(modes);
    if (state.mode === 'blank') input('opt-rows', L('blankRows'), String(opts.rows), (v) => (opts.rows = Number(v)), 'number');
    return s;
  }

  function actionView(): HTMLElement {
    const blocked = state.mode === 'fill' && (!state.source || !state.source.ok || missingRequired().length > 0);
    const b = el('button', { type: 'button', id: 'generate', class: 'primary', disabled: blocked || state.busy }, state.mode === 'blank' ? L('insertBlank') : L('generate'));
    b.addEventListener('click', () => void generate());
    return el('div', { class: 'actions' }, b, el('progress', { id: 'progress', max: 1, value: 0, hidden: true }));
  }

  async function generate() {
    const out = root.querySelector('#result')!;
    const bar = root.querySelector('#progress') as HTMLProgressElement;
    const button = root.querySelector('#generate') as HTMLButtonElement;
    state.busy = true;
    button.disabled = true;
    bar.hidden = false;
    // indeterminate until the host reports batches (Sheets fills in one server call)
    bar.removeAttribute('value');
    clear(out);
    out.append(el('p', { text: L('working') }));
    const src = state.source && state.source.ok ? state.source : null;
    const options: FillOptions = {
      lang: opts.reportLang,
      formulas: opts.formulas,
      live: opts.formulas !== 'values',
      title: opts.title || undefined,
      period: opts.period || undefined,
      rows: state.mode === 'blank' ? opts.rows : undefined,
      mapping: state.mapping,
      sourceA1: src?.a1,
      // a chosen named table is read again by its name, so the report has the rows it has now
      tableName: src?.table,
    };
    let res: FillResult;
    try {
      res =
        state.mode === 'blank'
          ? await bridge.insertBlank(state.templateId, options)
          : await bridge.fill(state.templateId, options, (d, total) => {
              bar.max = total;
              bar.value = d;
            });
    } catch (e) {
      res = { ok: false, error: { 'zh-CN': String((e as Error)?.message ?? e), 'en-US': String((e as Error)?.message ?? e) } };
    }
    state.busy = false;
    button.disabled = false;
    bar.hidden = true;
    clear(out);
    if (res.ok) {
      out.append(el('p', { class: 'ok', id: 'result-sheet' }, `${L('done')}: `, el('strong', { text: res.sheetName }), ` · ${res.rows} ${L('rows')}`));
      for (const w of res.warnings) out.append(el('p', { class: 'warn', text: w[state.lang] }));
    } else {
      out.append(el('p', { class: 'error', id: 'result-error' }, `${L('failed')}: `, res.error[state.lang]));
    }
  }

  async function helpView(): Promise<HTMLElement> {
    const list: FunctionHelp[] = await bridge.functionHelp(state.lang);
    const box = el('main', { class: 'help' });
    for (const f of list) {
      const card = el('article', { class: 'fn', 'data-fn': f.name });
      card.append(el('h3', {}, el('code', { text: f.signature })), el('p', { class: 'fn-title', text: f.title }), el('p', { text: f.description }));
      const params = el('ul', {});
      for (const p of f.params) params.append(el('li', {}, el('code', { text: p.name }), p.optional ? ` (${L('optional')}) ` : ' ', p.help));
      card.append(el('h4', { text: L('params') }), params);
      const ex = el('ul', { class: 'examples' });
      for (const e of f.examples.slice(0, 4)) ex.append(el('li', {}, el('code', { text: e.formula }), ` → ${e.result}`));
      card.append(el('h4', { text: L('examples') }), ex);
      box.append(card);
    }
    return box;
  }

  await render();
}
