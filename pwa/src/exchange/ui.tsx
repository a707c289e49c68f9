// Small shared pieces of the exchange screens: a progress bar, issues with their field paths,
// and a labelled file picker.
import type { ExchangeIssue } from '../../../core/exchange/issues.ts';
import { Field } from '../ui/fields.tsx';
import { formatDateTime } from '../ui/format.ts';
import { pathInWords } from './paths.ts';

export function ProgressBar({ label, fraction }: { label: string; fraction: number }) {
  const pct = Math.round(Math.max(0, Math.min(1, fraction)) * 100);
  return (
    <div class="xc-progress">
      <progress aria-label={label} max={100} value={pct} />
      <span>
        {label}: {pct}%
      </span>
    </div>
  );
}

/** An issue, possibly about one application of several (export checks name it). */
export type ShownIssue = ExchangeIssue & { application?: string };

/** Errors or warnings in plain words; the exact field path and parser wording only under "Technical detail". Text only, never markup. */
export function IssueList({ issues, title, tone }: { issues: readonly ShownIssue[]; title: string; tone: 'error' | 'warning' }) {
  if (issues.length === 0) return null;
  const technical = issues.filter((i) => i.path || i.detail);
  return (
    <div class={tone === 'error' ? 'problem' : 'note'} role={tone === 'error' ? 'alert' : undefined}>
      <p>{title}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>
            {issue.application && <strong>{issue.application}: </strong>}
            {issue.path ? (
              <>
                <strong>{pathInWords(issue.path)}</strong>: {issue.message}
              </>
            ) : (
              issue.message
            )}
          </li>
        ))}
      </ul>
      {technical.length > 0 && (
        <details class="xc-technical">
          <summary>Technical detail</summary>
          <ul>
            {technical.map((issue, i) => (
              <li key={i}>
                <code class="xc-path">{issue.path || '(whole file)'}</code>
                {issue.detail ? `: ${issue.detail}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

export function FilePicker({
  label,
  hint,
  accept,
  onFile,
  disabled,
}: {
  label: string;
  hint?: string;
  accept: string;
  onFile(file: File): void;
  disabled?: boolean;
}) {
  return (
    <Field label={label} hint={hint}>
      {(id, describedBy) => (
        <input
          id={id}
          type="file"
          accept={accept}
          // Busy is aria-disabled, not disabled, so keyboard focus is not dropped; a file chosen meanwhile is ignored.
          aria-disabled={disabled ? 'true' : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            input.value = '';
            if (file && !disabled) onFile(file);
          }}
        />
      )}
    </Field>
  );
}

/** A date-time for people, as the whole workbook writes them: 28 Nov 2026, 18:57. */
export const when = formatDateTime;
