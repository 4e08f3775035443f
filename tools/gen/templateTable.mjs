// Generates the README's table of report templates from the collected templates (core/templates/).

export const TEMPLATES_BEGIN = '<!-- BEGIN GENERATED: template table (tools/gen/templateTable.mjs; run `npm run gen`) -->';
export const TEMPLATES_END = '<!-- END GENERATED: template table -->';

const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function readmeTemplateTable(templates) {
  return [
    TEMPLATES_BEGIN,
    '',
    `${templates.length} templates / 共 ${templates.length} 张报表模板:`,
    '',
    '| id | 模板 | template |',
    '|---|---|---|',
    ...templates.map((t) => `| \`${t.id}\` | ${cell(t.name['zh-CN'])} | ${cell(t.name['en-US'])} |`),
    '',
    TEMPLATES_END,
  ].join('\n');
}
