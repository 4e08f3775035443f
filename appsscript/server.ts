// The Apps Script server entry: re-exports only. SERVER_PARAMS names each function's parameters for the generated top-level stubs.
import { sidebarCalls } from './server/api';
import { onInstall, onOpen, showBlankSidebar, showFillSidebar, showHelpSidebar } from './server/menu';

// the report engine (templates, renderer) and the function help run in the sidebar; the server reads and writes cells
export const serverApi = { onOpen, onInstall, showFillSidebar, showBlankSidebar, showHelpSidebar, ...sidebarCalls };

export const SERVER_PARAMS: { [K in keyof typeof serverApi]: string[] } = {
  onOpen: ['e'],
  onInstall: ['e'],
  showFillSidebar: [],
  showBlankSidebar: [],
  showHelpSidebar: [],
  uiLanguage: [],
  readHead: ['kind'],
  readSourceBand: ['a1', 'from'],
  workbookInfo: [],
  addReportSheet: ['name', 'rows', 'cols'],
  writeReportBlocks: ['sheetId', 'blocksJson'],
  finishReportSheet: ['sheetId', 'finishJson'],
  removeReportSheet: ['sheetId'],
};
