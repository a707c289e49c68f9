// Small shared pieces of the exchange screens: a progress bar, issues with their field paths,
// and a labelled file picker.
import { useId } from 'preact/hooks';
import type { ExchangeIssue } from '../../../core/exchange/index.ts';
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

/** Errors or warnings: where (in words, with the exact path) and what. Text only, never markup. */
export function IssueList({ issues, title, tone }: { issues: readonly ExchangeIssue[]; title: string; tone: 'error' | 'warning' }) {
  if (issues.length === 0) return null;
  return (
    <div class={tone === 'error' ? 'problem' : 'note'} role={tone === 'error' ? 'alert' : undefined}>
      <p>{title}</p>
      <ul>
        {issues.map((issue, i) => (
          <li key={i}>
            <strong>{pathInWords(issue.path)}</strong>
            {issue.path && <code class="xc-path"> ({issue.path})</code>}: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FilePicker({ label, hint, accept, onFile, disabled }: { label: string; hint?: string; accept: string; onFile(file: File): void; disabled?: boolean }) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const input = e.currentTarget as HTMLInputElement;
          const file = input.files?.[0];
          input.value = '';
          if (file) onFile(file);
        }}
      />
    </div>
  );
}

/** A date-time for people: 28 Nov 2026, 18:57. */
export function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}
