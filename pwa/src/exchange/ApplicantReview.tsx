// The applicant's side of a mentor review: import the review file, then read each comment
// beside what it is about, see which are out of date (with the text they were written
// against), and resolve them.
import { useSignal } from '@preact/signals';
import type { DevelopmentData } from '../../../core/development/data.ts';
import { isOutdated, sameAnchor } from '../../../core/exchange/anchors.ts';
import type { ExchangeIssue } from '../../../core/exchange/issues.ts';
import type { Anchor } from '../../../core/exchange/review-types.ts';
import { rulesFor } from '../../../core/rules/scope.ts';
import type { Application } from '../../../core/types.ts';
import { liveDevelopment } from '../db/development.ts';
import { type CommentRow, importReview, liveComments } from '../db/reviews.ts';
import { useLive } from '../state/live.ts';
import { rules } from '../state/rules.ts';
import { ApplicationReader } from './ApplicationReader.tsx';
import { AnchorComments, CommentItem } from './CommentItems.tsx';
import { DevelopmentContext } from './developmentContext.ts';
import { readFileText } from './files.ts';
import { importedWords } from './reviewWords.ts';
import { FilePicker, IssueList, ProgressBar } from './ui.tsx';

export function ApplicantReview({ app }: { app: Application }) {
  const rows = useLive(() => liveComments(app.id), [app.id], [] as CommentRow[]);
  const development = useLive(() => liveDevelopment(app.id), [app.id], undefined as DevelopmentData | undefined).value;
  const errors = useSignal<ExchangeIssue[]>([]);
  const reading = useSignal<number | null>(null);
  const notice = useSignal('');
  const showResolved = useSignal(false);

  const load = async (file: File) => {
    errors.value = [];
    notice.value = '';
    reading.value = 0;
    try {
      const text = await readFileText(file, (f) => (reading.value = f));
      // The review file's parser (and its schemas) load only when a review is imported.
      const { parseReviewFile } = await import('../../../core/exchange/review.ts');
      const parsed = parseReviewFile(text);
      if (!parsed.ok) {
        errors.value = parsed.errors;
        return;
      }
      notice.value = importedWords(await importReview(parsed.value, app), parsed.value.review.mentor || 'your mentor');
    } catch (error) {
      errors.value = [{ path: '', message: error instanceof Error ? error.message : String(error) }];
    } finally {
      reading.value = null;
    }
  };

  const all = rows.value;
  const open = all.filter((r) => r.data.resolvedAt === null);
  const outdated = open.filter((r) => isOutdated(app, r.data.comment, development));
  const visible = showResolved.value ? all : open;
  const orphaned = visible.filter((r) => !shownInReader(app, r.data.comment.anchor, development));

  return (
    <DevelopmentContext.Provider value={development}>
      <section aria-labelledby="xc-mentor-comments">
        <h3 id="xc-mentor-comments">Comments from your mentor</h3>
        <FilePicker
          label="Import a mentor's review"
          hint="The review file (.json) your mentor sent back."
          accept=".json,application/json"
          onFile={load}
          disabled={reading.value !== null}
        />
        {reading.value !== null && <ProgressBar label="Reading the review" fraction={reading.value} />}
        <IssueList issues={errors.value} title="The review was not imported. What is wrong, and where:" tone="error" />
        <p role="status">{notice.value}</p>
        {all.length > 0 && (
          <>
            <p>
              {open.length} open comment{open.length === 1 ? '' : 's'}, {outdated.length} of them on text you have changed since,{' '}
              {all.length - open.length} resolved.
            </p>
            <div class="field check">
              <input
                id="xc-show-resolved"
                type="checkbox"
                checked={showResolved.value}
                onChange={(e) => (showResolved.value = (e.currentTarget as HTMLInputElement).checked)}
              />
              <label for="xc-show-resolved">Show resolved comments too</label>
            </div>
            {orphaned.length > 0 && (
              <>
                <h4>On parts no longer in the application</h4>
                <ul class="xc-comments">
                  {orphaned.map((r) => (
                    <CommentItem key={r.id} row={r} app={app} />
                  ))}
                </ul>
              </>
            )}
            <ApplicationReader
              app={app}
              development={development}
              rules={rules.value}
              comments={(anchor: Anchor) => (
                <AnchorComments app={app} anchor={anchor} rows={visible.filter((r) => sameAnchor(r.data.comment.anchor, anchor))} />
              )}
            />
          </>
        )}
      </section>
    </DevelopmentContext.Provider>
  );
}

/** Whether the reader has a place for this anchor (a deleted role, or a changed category, leaves none). */
function shownInReader(app: Application, anchor: Anchor, development: DevelopmentData | undefined): boolean {
  const rules = rulesFor(app.category, app.route);
  switch (anchor.kind) {
    case 'cpd':
      return development?.cpd.some((e) => e.id === anchor.entryId) ?? false;
    case 'goal':
      return development?.plan.goals.some((g) => g.id === anchor.goalId) ?? false;
    case 'answer':
      return development?.practice.some((a) => a.questionId === anchor.questionId) ?? false;
    case 'application':
      return true;
    case 'role':
      return app.roles.some((r) => r.id === anchor.roleId);
    case 'checklist':
      return rules.checklist.some((c) => c.item.id === anchor.itemId);
    case 'competence':
      return rules.competences.some((c) => c.code === anchor.code);
    case 'document':
      return rules.documents.some((d) => d.type.id === anchor.typeId);
    case 'coverage':
      return app.roles.some((r) => r.id === anchor.roleId) && rules.competences.some((c) => c.code === anchor.code);
  }
}
