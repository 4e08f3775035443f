// The card layout (顾客信息卡): label/value pairs, front and back side by side, cards stacked down one sheet in one block.
import type { Lang } from '../i18n/lang';
import type { FieldSpec, TemplateSpec } from './templateSpec';
import { rect } from './a1';
import { PlanBuilder } from './builder';
import { serialToISODate } from './convert';
import { COLORS, FIRST_DATA_ROW, HEADER_ROW, META_ROW, TITLE_ROW } from './tableLayout';
import { planText } from '../i18n/plan-messages';
import { MAX_ROW_BREAKS } from './print';
import type { FormulaMode, PlanScalar } from './types';

export const CARD_MARK = '【';

/** How a value reads on a card: dates and shares as text, so one block can hold every card. */
function cardText(v: PlanScalar, f: FieldSpec): PlanScalar {
  if (v === null) return null;
  if (typeof v === 'number' && f.type === 'date') return serialToISODate(v);
  if (typeof v === 'number' && f.type === 'percent') return `${(v * 100).toFixed(1)}%`;
  if (typeof v === 'number') return v;
  return v;
}

export function renderCards(input: { spec: TemplateSpec; lang: Lang; mode: FormulaMode; data: Record<string, PlanScalar[]>; n: number; blank: boolean; title: string; metaLine: string; now: Date; today: number }): PlanBuilder {
  const { lang, data, n } = input;
  const b = new PlanBuilder(lang, input.mode);
  const label = (f: FieldSpec) => (lang === 'zh-CN' ? f.zh : f.en);
  b.values(TITLE_ROW, 0, [[input.title]]);
  b.merge(rect(TITLE_ROW, 0, 1, 5));
  b.format({ range: rect(TITLE_ROW, 0, 1, 5), bold: true, fontSize: 14, fontColor: COLORS.title });
  b.values(META_ROW, 0, [[input.metaLine]]);
  b.merge(rect(META_ROW, 0, 1, 5));
  b.format({ range: rect(META_ROW, 0, 1, 5), italic: true, fontColor: '#555555' });
  const side = lang === 'zh-CN' ? ['正面', '', '', '反面', ''] : ['Front', '', '', 'Back', ''];
  b.values(HEADER_ROW, 0, [side]);
  b.format({ range: rect(HEADER_ROW, 0, 1, 5), bold: true, fill: COLORS.header, fontColor: COLORS.headerText });
  b.frozenRows = FIRST_DATA_ROW;

  // the template says which fields each side shows (no sides declared: every field on the front)
  const { front, back } = input.spec.cardSides ?? { front: input.spec.fields, back: [] };
  const lines = Math.max(front.length, back.length);
  const grid: PlanScalar[][] = [];
  for (let i = 0; i < n; i++) {
    const name = data.name[i];
    grid.push([`${CARD_MARK}${lang === 'zh-CN' ? '顾客信息卡' : 'Customer card'}】 ${name ?? ''}`.trimEnd(), null, null, null, null]);
    for (let k = 0; k < lines; k++) {
      const f = front[k];
      const g = back[k];
      grid.push([f ? label(f) : null, f ? cardText(data[f.id][i], f) : null, null, g ? label(g) : null, g ? cardText(data[g.id][i], g) : null]);
    }
    grid.push([null, null, null, null, null]);
  }
  if (grid.length) {
    b.values(FIRST_DATA_ROW, 0, grid);
    const all = rect(FIRST_DATA_ROW, 0, grid.length, 5);
    // whole-column formats (a constant number of them, whatever the number of cards)
    b.format({ range: rect(FIRST_DATA_ROW, 0, grid.length, 1), bold: true, fill: '#EEF3FA' });
    b.format({ range: rect(FIRST_DATA_ROW, 3, grid.length, 1), bold: true, fill: '#EEF3FA' });
    b.format({ range: rect(FIRST_DATA_ROW, 1, grid.length, 1), numberFormat: '@', wrap: true });
    b.format({ range: rect(FIRST_DATA_ROW, 4, grid.length, 1), numberFormat: '@', wrap: true });
    // card title lines and borders come from rules, so their cost does not grow with the cards
    b.conditional({ range: all, formula: `=LEFT($A${FIRST_DATA_ROW + 1},1)="${CARD_MARK}"`, style: { fill: COLORS.header, fontColor: '#FFFFFF', bold: true } });
  }
  b.width(0, 16);
  b.width(1, 30);
  b.width(2, 2);
  b.width(3, 16);
  b.width(4, 36);
  // portrait, one card to a page: a break below each card's blank last row, the front/back row on every page
  const perCard = lines + 2;
  b.print.landscape = false;
  b.print.repeatRows = { from: HEADER_ROW, to: HEADER_ROW };
  b.print.areas = [rect(0, 0, FIRST_DATA_ROW + grid.length, 5)];
  const breaks = Math.min(n - 1, MAX_ROW_BREAKS);
  b.print.rowBreaks = Array.from({ length: Math.max(0, breaks) }, (_, k) => FIRST_DATA_ROW + (k + 1) * perCard - 1);
  if (n - 1 > MAX_ROW_BREAKS) b.warn(planText('cardBreaksCapped', { n: n.toLocaleString('en-US'), max: MAX_ROW_BREAKS.toLocaleString('en-US'), from: (MAX_ROW_BREAKS + 2).toLocaleString('en-US') }));
  return b;
}
