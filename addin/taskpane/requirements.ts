// The pane's start-up check: the requirement sets of addin/requirements.json (the manifest's list), asked of Office.js.
import requirements from '../requirements.json';
import type { Bilingual } from '../../core/i18n/lang';

export const REQUIREMENT_SETS: { name: string; minVersion: string }[] = requirements.sets;

/**
 * The sets this Excel lacks, as one bilingual message, or null when all are there. Office.js answers for the running
 * host (https://learn.microsoft.com/javascript/api/office/office.requirementsetsupport#office-office-requirementsetsupport-issetsupported-member(1));
 * the manifest already keeps DealerKit off hosts without them, so this catches a host that misreports.
 */
export function missingRequirements(isSetSupported: (name: string, minVersion: string) => boolean): Bilingual | null {
  const missing = REQUIREMENT_SETS.filter((s) => !isSetSupported(s.name, s.minVersion)).map((s) => `${s.name} ${s.minVersion}`);
  if (!missing.length) return null;
  return {
    'zh-CN': `此版本的 Excel 缺少 DealerKit 需要的功能（${missing.join('、')}）：请使用 Microsoft 365 或 Excel 2021 及以上版本。`,
    'en-US': `This Excel lacks what DealerKit needs (${missing.join(', ')}): use Microsoft 365 or Excel 2021 or later.`,
  };
}
