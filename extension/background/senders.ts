// Who may speak to the background. Every message is checked against the browser's own account of
// its sender (extension, tab, frame, page address), never against what the message says.
import type { Runtime } from 'webextension-polyfill';
import { api } from '../shared/api.ts';
import { isCareerManagerOrigin, originOf } from '../shared/hosts.ts';
import { isWorkbookOrigin, type Settings } from '../shared/settings.ts';

/** The top frame of a tab, in this extension's own content script (not a frame, not another extension). */
function ownTopFrame(sender: Runtime.MessageSender | undefined): sender is Runtime.MessageSender & { url: string } {
  return !!sender && sender.id === api.runtime.id && !!sender.tab && sender.frameId === 0 && typeof sender.url === 'string';
}

/** A content script on a Career Manager page: the default host or one the user added. */
export function fromCareerManager(sender: Runtime.MessageSender | undefined, settings: Settings): boolean {
  return ownTopFrame(sender) && isCareerManagerOrigin(originOf(sender.url), settings.careerManagerOrigins);
}

/** The relay on the workbook's page at the configured address. */
export function fromWorkbookPage(sender: Runtime.MessageSender | undefined, settings: Settings): boolean {
  return ownTopFrame(sender) && isWorkbookOrigin(originOf(sender.url), settings);
}

/** One of the extension's own pages (popup, options), where only the user can act. */
export function fromExtensionPage(sender: Runtime.MessageSender | undefined): boolean {
  return !!sender && sender.id === api.runtime.id && originOf(sender.url) === originOf(api.runtime.getURL('/'));
}
