// The "DealerKit" menu (zh or en by the spreadsheet locale) and the sidebar it opens in one of three modes.
import { app, html, sheetLang } from './context';

const ITEMS = {
  'zh-CN': { fill: '填写报表…', blank: '插入空白表单…', help: '函数帮助' },
  'en-US': { fill: 'Fill a report…', blank: 'Insert a blank form…', help: 'Function help' },
};

/** Menu entries: label key → the top-level function the item calls. */
export const MENU: { key: keyof (typeof ITEMS)['en-US']; fn: string }[] = [
  { key: 'fill', fn: 'showFillSidebar' },
  { key: 'blank', fn: 'showBlankSidebar' },
  { key: 'help', fn: 'showHelpSidebar' },
];

export function onOpen(_e?: unknown): void {
  const items = ITEMS[sheetLang()];
  const menu = app().getUi().createMenu('DealerKit');
  MENU.forEach((m, i) => {
    if (i === MENU.length - 1) menu.addSeparator();
    menu.addItem(items[m.key], m.fn);
  });
  menu.addToUi();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

function show(mode: 'fill' | 'blank' | 'help'): void {
  // the sidebar reads its mode before it starts (JSON.stringify keeps the value a plain string literal); no setWidth:
  // sidebars have a fixed width and ignore it (https://developers.google.com/apps-script/reference/html/html-output#setwidthwidth)
  const out = html().createHtmlOutputFromFile('sidebar').setTitle('DealerKit').append(`<script>window.DK_MODE=${JSON.stringify(mode)};</script>`);
  app().getUi().showSidebar(out);
}

export function showFillSidebar(): void {
  show('fill');
}
export function showBlankSidebar(): void {
  show('blank');
}
export function showHelpSidebar(): void {
  show('help');
}
