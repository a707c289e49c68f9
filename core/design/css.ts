// The design system's shared pieces as CSS, drawn the same in the workbook (bundled with its
// styles) and in the .html export (inlined, no script): status tags, the step rail, bars and
// length meters, the notice box. Everything is drawn from the tokens (tokens.ts).
import { tokensCss } from './tokens.ts';

const SHARED = `
.tag{display:inline-block;padding:0 var(--pr-space-2);font-size:var(--pr-font-s);font-weight:var(--pr-font-bold);line-height:1.6;border-radius:var(--pr-shape-radius);background:var(--pr-color-neutral-tint);color:var(--pr-color-neutral-text);white-space:nowrap;vertical-align:baseline}
.tag-done{background:var(--pr-color-success-tint);color:var(--pr-color-success-dark)}
.tag-missing{background:var(--pr-color-warning-tint);color:var(--pr-color-warning-text)}
.tag-todo{background:var(--pr-color-info-tint);color:var(--pr-color-info-text)}
.tag-neutral{background:var(--pr-color-neutral-tint);color:var(--pr-color-neutral-text)}
.tag-external{background:var(--pr-color-external-tint);color:var(--pr-color-external-text)}
.tag-error{background:var(--pr-color-error-tint);color:var(--pr-color-error-dark)}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:0!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;border:0!important;white-space:nowrap!important}
.rail-where{margin:0 0 var(--pr-space-1);font-size:var(--pr-font-m)}
.rail-steps{display:flex;gap:3px;list-style:none;margin:0;padding:0}
.rail-step{flex:1 1 0;min-width:0}
.rail-mark{display:block;height:var(--pr-shape-bar-height);background:var(--pr-color-surface);border:2px solid var(--pr-color-neutral)}
.rail-step.is-done .rail-mark{background:var(--pr-color-success);border-color:var(--pr-color-success)}
.rail-step.is-current .rail-mark{background:var(--pr-color-brand);border-color:var(--pr-color-brand)}
.rail-step.is-blocked .rail-mark{background:repeating-linear-gradient(135deg,var(--pr-color-surface) 0 3px,var(--pr-color-neutral-tint) 3px 6px)}
.rail-steps:not(.is-listed) .rail-label{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.rail-steps:not(.is-listed){position:relative}
.rail-steps.is-listed{display:block}
.rail-steps.is-listed .rail-step{display:grid;grid-template-columns:1rem 1fr auto;gap:var(--pr-space-2);align-items:center;padding:var(--pr-space-1) 0}
.rail-steps.is-listed .rail-mark{height:1rem;box-sizing:border-box}
.rail-steps.is-listed .is-current .rail-label{font-weight:var(--pr-font-bold)}
.rail-blockers{grid-column:2/-1;margin:0;padding-left:var(--pr-space-4);font-size:var(--pr-font-s)}
.bar-line{display:grid;grid-template-columns:minmax(6rem,16rem) auto;gap:var(--pr-space-3);align-items:center;margin:var(--pr-space-2) 0}
.bar{display:block;position:relative;height:var(--pr-shape-bar-height);background:var(--pr-color-neutral-tint);border:1px solid var(--pr-color-neutral);box-sizing:border-box;overflow:hidden}
.bar-fill{display:block;height:100%;background:var(--pr-color-success)}
.bar-fill.is-over{background:var(--pr-color-error)}
.bar-band{position:absolute;top:0;bottom:0;border-left:2px solid var(--pr-color-text);border-right:2px solid var(--pr-color-text);background:rgb(0 0 0 / .08)}
.notice{background:var(--pr-color-notice);border-left:5px solid var(--pr-color-notice-border);padding:var(--pr-space-2) var(--pr-space-3);margin:var(--pr-space-3) 0}
.notice>:first-child{margin-top:0}.notice>:last-child{margin-bottom:0}
`;

/** The tokens and the shared pieces, for a page of the workbook or an export. */
export function designCss(): string {
  return tokensCss(':root') + SHARED;
}
