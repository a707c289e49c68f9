// Seam for the workbook side of the extension bridge (issue 5). Replaced by the extension work.
/** Starts listening for the companion extension on this page. Safe to call once at start-up. */
export function startBridge(): void {}
