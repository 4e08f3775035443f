// The rows and colours every table report shares: title, meta line, settings line, header row, then the data.
export const TITLE_ROW = 0;
export const META_ROW = 1;
/** one short line of the settings used (the parameter block itself is not printed) */
export const SETTINGS_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

export const COLORS = {
  header: '#1F5EA8',
  headerText: '#FFFFFF',
  title: '#1F3B5C',
  param: '#FFF7E0',
  paramHead: '#F2C14E',
  total: '#EAF1FB',
  alert: '#FDE2E1',
  good: '#E3F4E1',
  warn: '#FFF1CC',
  bad: '#FDE2E1',
  block: '#DCE8F5',
};
