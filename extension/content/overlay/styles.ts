// The companion's styles, scoped to its shadow roots. Colours meet WCAG AA contrast. On the page
// itself one size and two weights: each other size or weight is another font the browser looks up
// (a round trip to the browser process) while the page loads; dialogs, shown on request, may differ.
export const OVERLAY_CSS = `
:host { all: initial; }
:host(proreg-hint) { display: inline-block; margin: 0 0 0 8px; vertical-align: top; }
/* Controls placed after a field sit on their own line below it, so the field does not move. */
:host(proreg-hint[data-below]) { display: block; margin: 4px 0; }
:host(proreg-companion) { position: fixed; right: 16px; bottom: 16px; z-index: 2147483000; max-width: calc(100% - 32px); }
.root { font: 14px/1.4 system-ui, sans-serif; color: #1b1b1b; }
.panel { width: 340px; max-height: 70vh; overflow: auto; background: #fff; border: 2px solid #124559; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.25); }
.bar { display: flex; align-items: center; justify-content: space-between; gap: 8px; background: #124559; color: #fff; padding: 6px 10px; }
.bar h2 { font-size: 14px; margin: 0; }
.body { padding: 8px 12px; }
.body h3 { font-size: 14px; margin: 10px 0 4px; }
.step { font-weight: 700; margin: 0 0 4px; }
ul { margin: 4px 0; padding-left: 20px; }
button { font: inherit; cursor: pointer; border-radius: 4px; border: 1px solid #124559; background: #fff; color: #124559; padding: 4px 10px; }
button.primary { background: #124559; color: #fff; }
.bar button { background: #fff; color: #124559; border-color: #fff; }
button:focus-visible, summary:focus-visible, select:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
.count { color: #1b1b1b; margin: 2px 0 0; }
.over { color: #9b1c1c; font-weight: 700; }
details { max-width: 360px; }
/* A closed hint no taller than when it was 13px text, so beside a label it never pushes the field below down. */
summary { cursor: pointer; color: #124559; text-decoration: underline; line-height: 1.3; }
.hint { background: #f3f7f9; border-left: 3px solid #124559; padding: 6px 8px; margin: 4px 0; }
.panel.collapsed { width: auto; overflow: visible; }
.collapsed .bar { padding: 4px 6px; }
/* Narrow screens: the open panel leaves a margin of page around it; collapsed, only the button shows.
   100vw counts a scrollbar that takes room (Firefox); the fixed host's 100% does not, so it caps the panel. */
@media (max-width: 600px) {
  :host(proreg-companion) { right: 8px; bottom: 8px; max-width: calc(100% - 16px); }
  .panel { box-sizing: border-box; width: calc(100vw - 16px); max-width: 100%; max-height: 60vh; }
  .panel.collapsed { width: auto; }
  .collapsed .bar { padding: 2px; }
  .collapsed .bar h2 { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
}
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
dialog { max-width: 460px; border: 2px solid #124559; border-radius: 8px; padding: 16px; color: #1b1b1b; background: #fff; font: 14px/1.4 system-ui, sans-serif; }
dialog h2 { font-size: 17px; margin: 0 0 8px; }
dialog::backdrop { background: rgba(0,0,0,.4); }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 12px; }
a { color: #124559; text-decoration: underline; }
a:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
.note { color: #1d5e20; font-weight: 700; }
label { display: block; margin: 6px 0 2px; }
select { font: inherit; max-width: 100%; }
`;
