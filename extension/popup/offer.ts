// Whether the tab the applicant opened the popup on is a workbook the companion does not know yet.
// The browser shows the popup that tab's address and title only because the applicant clicked the
// toolbar button there (activeTab); the title is a hint, the applicant decides, and pairing follows.
import { checkWorkbookUrl, isCareerManagerOrigin, originOf } from '../shared/hosts.ts';
import { isWorkbookOrigin, type Settings } from '../shared/settings.ts';

/** The workbook's titles: "ProReg Companion" (pwa/index.html), or a screen's "Settings — ProReg Companion". */
const WORKBOOK_TITLE = /(^|\s—\s)ProReg Companion$/;

/** The workbook address to offer for a tab (its folder, https or this computer), or null when there is nothing to offer. */
export function workbookOffer(tab: { url?: string; title?: string } | undefined, settings: Settings): string | null {
  if (!tab?.url || !WORKBOOK_TITLE.test(tab.title ?? '')) return null;
  const checked = checkWorkbookUrl(tab.url);
  if (!checked.ok) return null;
  const origin = originOf(checked.url);
  if (isWorkbookOrigin(origin, settings) || isCareerManagerOrigin(origin, settings.careerManagerOrigins)) return null;
  // The folder the workbook is served from: index.html and the screen in the hash are not part of it.
  return checked.url.replace(/[^/]*$/, '');
}
