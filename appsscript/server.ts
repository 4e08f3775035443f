// The Apps Script server entry: re-exports only. SERVER_PARAMS names each function's parameters for the generated top-level stubs.
import { detectSource, fillTemplate, insertBlankForm, listTemplates, uiLanguage } from './server/api';
import { onInstall, onOpen, showBlankSidebar, showFillSidebar, showHelpSidebar } from './server/menu';

export const serverApi = { onOpen, onInstall, showFillSidebar, showBlankSidebar, showHelpSidebar, uiLanguage, listTemplates, detectSource, fillTemplate, insertBlankForm };
// (function help is not a server call: the sidebar holds it, see tools/build-ui.mjs)

export const SERVER_PARAMS: { [K in keyof typeof serverApi]: string[] } = {
  onOpen: ['e'],
  onInstall: ['e'],
  showFillSidebar: [],
  showBlankSidebar: [],
  showHelpSidebar: [],
  uiLanguage: [],
  listTemplates: ['lang'],
  detectSource: ['kind', 'templateId'],
  fillTemplate: ['templateId', 'options'],
  insertBlankForm: ['templateId', 'options'],
};
