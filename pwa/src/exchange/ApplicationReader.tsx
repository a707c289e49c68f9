// An application shown read-only, with a place for comments beside every part a comment can be
// anchored to. Used by mentor mode (to write comments) and by the applicant (to read them).
// Every piece of the application is rendered as text nodes, never as markup.
import type { ComponentChildren } from 'preact';
import { roleChars } from '../../../core/application/text.ts';
import { NEED_WORDS } from '../../../core/design/vocabulary.ts';
import { developmentReadText } from '../../../core/development/anchors.ts';
import type { DevelopmentData } from '../../../core/development/data.ts';
import { anchorText } from '../../../core/exchange/anchors.ts';
import type { Anchor, RoleField } from '../../../core/exchange/review-types.ts';
import { CATEGORIES, ROUTES } from '../../../core/rules/categories.ts';
import { rulesFor } from '../../../core/rules/scope.ts';
import type { Application, DocumentRef, RulesInForce } from '../../../core/types.ts';
import { formatDate, formatSize } from '../ui/format.ts';
import { lazy } from '../ui/lazy.tsx';

// The coverage table needs the evidence code: it loads when a reader is first shown.
const ReaderCoverage = lazy(() => import('../evidence/ReaderCoverage.tsx').then((m) => m.ReaderCoverage), 'coverage table');

export interface AnchorOption {
  anchor: Anchor;
  label: string;
}

export interface ReaderProps {
  app: Application;
  /** Comments for one anchor, shown beside it. */
  comments(anchor: Anchor): ComponentChildren;
  /** Where to add a comment to one of these anchors (mentor mode); nothing for the applicant. */
  composer?(section: string, options: AnchorOption[]): ComponentChildren;
  /** A data: URL for a document's image, when one may be shown. */
  imageFor?(ref: DocumentRef): string | null;
  /** Shows a document (mentor mode: from the file under review); no button without it. */
  viewDocument?(ref: DocumentRef): void;
  /** The development record (CPD log, action plan, interview notes), when the file or workbook has one. */
  development?: DevelopmentData;
  /** The rules the application is read against (which items are mandatory): the file's, or the applicant's own. */
  rules?: RulesInForce;
}

const ROLE_FIELD_LABELS: Record<RoleField, string> = {
  employer: 'Employer',
  title: 'Job title',
  dates: 'Dates',
  responsibilities: 'Responsibilities',
  achievements: 'Personal Achievements',
  competences: 'Competences claimed',
};

/** The fields a mentor most often comments on come first. */
const COMPOSER_ORDER: RoleField[] = ['responsibilities', 'achievements', 'competences', 'title', 'employer', 'dates'];

export const roleName = (r: { title: string; employer: string }) => `${r.title || 'Untitled role'}, ${r.employer || 'unnamed employer'}`;

function Prose({ text }: { text: string | null }) {
  if (!text) return <p class="hint">Nothing written.</p>;
  return <p class="xc-prose">{text}</p>;
}

/**
 * The development records as the reader shows them: a record without a note reads "date title",
 * not "date title:". (anchorText keeps its own wording: comments are matched against its hash.)
 */
function developmentText(app: Application, itemId: string): string {
  const records = app.development.map((d) => [formatDate(d.date), d.title].filter(Boolean).join(' ') + (d.notes ? `: ${d.notes}` : ''));
  const entry = app.checklist[itemId];
  const own = entry ? `Done: ${entry.done ? 'yes' : 'no'}${entry.note ? `\n${entry.note}` : ''}` : '';
  return [...records, own].filter((x) => x.length > 0).join('\n');
}

export function ApplicationReader({ app, comments, composer, imageFor, viewDocument, development, rules: inForce }: ReaderProps) {
  const rules = rulesFor(app.category, app.route, inForce);
  const whole: Anchor = { kind: 'application' };
  return (
    <div class="xc-reader">
      <section aria-labelledby="xc-whole">
        <h4 id="xc-whole">{app.name || 'Untitled application'}</h4>
        <p>
          {CATEGORIES[app.category].title}, {ROUTES[app.route].title}. Stage: {app.stage}.
        </p>
        {comments(whole)}
        {composer?.('the application as a whole', [{ anchor: whole, label: 'The application as a whole' }])}
      </section>

      <section aria-labelledby="xc-checklist">
        <h4 id="xc-checklist">Registration checklist</h4>
        <ul class="xc-parts">
          {rules.checklist.map(({ item, mandatory }) => {
            const anchor: Anchor = { kind: 'checklist', itemId: item.id };
            return (
              <li key={item.id}>
                <strong>{item.title}</strong>{' '}
                <span class={mandatory ? 'mandatory' : 'optional'}>{mandatory ? NEED_WORDS.mandatory : NEED_WORDS.optional}</span>
                <Prose text={item.kind === 'development' ? developmentText(app, item.id) : anchorText(app, anchor)} />
                {comments(anchor)}
              </li>
            );
          })}
        </ul>
        {composer?.(
          'the checklist',
          rules.checklist.map(({ item }) => ({ anchor: { kind: 'checklist', itemId: item.id }, label: item.title })),
        )}
      </section>

      <section aria-labelledby="xc-career">
        <h4 id="xc-career">Career history</h4>
        {app.roles.length === 0 && <p class="hint">No roles yet.</p>}
        {app.roles.map((role, i) => {
          const at = (field: RoleField): Anchor => ({ kind: 'role', roleId: role.id, field });
          return (
            <article key={role.id} class="xc-role" aria-label={`Role ${i + 1}: ${roleName(role)}`}>
              <h5>
                Role {i + 1}: {roleName(role)}
              </h5>
              {comments(at('title'))}
              {comments(at('employer'))}
              <p>
                {role.start ? formatDate(role.start) : '?'} to {role.current ? 'present' : role.end ? formatDate(role.end) : '?'} ·{' '}
                {roleChars(role).toLocaleString('en-GB')} characters
              </p>
              {comments(at('dates'))}
              <h6>Responsibilities</h6>
              <Prose text={role.responsibilities} />
              {comments(at('responsibilities'))}
              <h6>Personal Achievements</h6>
              <Prose text={role.achievements} />
              {comments(at('achievements'))}
              <p>Competences claimed: {role.competences.join(', ') || 'none'}</p>
              {comments(at('competences'))}
              {composer?.(
                `Role ${i + 1}: ${roleName(role)}`,
                COMPOSER_ORDER.map((f) => ({ anchor: at(f), label: ROLE_FIELD_LABELS[f] })),
              )}
            </article>
          );
        })}
      </section>

      <section aria-labelledby="xc-competences">
        <h4 id="xc-competences">Competences</h4>
        <ul class="xc-parts">
          {rules.competences.map((c) => {
            const anchor: Anchor = { kind: 'competence', code: c.code };
            const roles = app.roles.filter((r) => r.competences.includes(c.code));
            return (
              <li key={c.code}>
                <strong>{c.code}</strong> {c.summary}
                <p class="hint">
                  {roles.length ? `Evidence in: ${roles.map(roleName).join('; ')}` : 'No role gives evidence for this yet.'}
                </p>
                {comments(anchor)}
              </li>
            );
          })}
        </ul>
        {composer?.(
          'the competences',
          rules.competences.map((c) => ({ anchor: { kind: 'competence', code: c.code }, label: `${c.code}: ${c.summary}` })),
        )}
      </section>

      <section aria-labelledby="xc-coverage">
        <h4 id="xc-coverage">Coverage: competences by role</h4>
        <p class="hint">How many linked passages (or whole-role tags) evidence each competence in each role.</p>
        <ReaderCoverage app={app} roleName={roleName} comments={comments} />
        {app.roles.length > 0 &&
          composer?.(
            'a cell of the coverage table',
            rules.competences.flatMap((c) =>
              app.roles.map((r, i) => ({
                anchor: { kind: 'coverage', code: c.code, roleId: r.id } as Anchor,
                label: `${c.code} in role ${i + 1}: ${roleName(r)}`,
              })),
            ),
          )}
      </section>

      <section aria-labelledby="xc-documents">
        <h4 id="xc-documents">Supporting documents</h4>
        <ul class="xc-parts">
          {rules.documents.map(({ type, mandatory }) => {
            const ref = app.documents[type.id];
            const anchor: Anchor = { kind: 'document', typeId: type.id };
            const image = ref ? imageFor?.(ref) : null;
            return (
              <li key={type.id}>
                <strong>{type.title}</strong>{' '}
                <span class={mandatory ? 'mandatory' : 'optional'}>{mandatory ? NEED_WORDS.mandatory : NEED_WORDS.optional}</span>
                <p>
                  {ref ? `${ref.name} (${ref.mime || 'unknown type'}, ${formatSize(ref.size)})` : 'No file.'}{' '}
                  {ref && viewDocument && (
                    <button type="button" aria-label={`View ${type.title}: ${ref.name}`} onClick={() => viewDocument(ref)}>
                      View
                    </button>
                  )}
                </p>
                {image && <img class="xc-image" src={image} alt={`${type.title}: ${ref!.name}`} />}
                {comments(anchor)}
              </li>
            );
          })}
        </ul>
        {composer?.(
          'the documents',
          rules.documents.map(({ type }) => ({ anchor: { kind: 'document', typeId: type.id }, label: type.title })),
        )}
      </section>
      {development && <DevelopmentPart development={development} comments={comments} composer={composer} />}
    </div>
  );
}

/** The development record: CPD activities, goals of the action plan, and practised interview answers with notes. */
function DevelopmentPart({
  development,
  comments,
  composer,
}: { development: DevelopmentData } & Pick<ReaderProps, 'comments' | 'composer'>) {
  const answered = development.practice.filter((a) => a.notes.trim() !== '');
  const parts: { title: string; id: string; items: { anchor: Anchor; label: string }[] }[] = [
    {
      title: 'CPD activities',
      id: 'xc-cpd',
      items: development.cpd.map((e) => ({
        anchor: { kind: 'cpd', entryId: e.id },
        label: `${formatDate(e.date)}: ${e.title || e.did.slice(0, 60)}`,
      })),
    },
    {
      title: 'Development Action Plan goals',
      id: 'xc-goals',
      items: development.plan.goals.map((g) => ({ anchor: { kind: 'goal', goalId: g.id }, label: g.title || 'Untitled goal' })),
    },
    {
      title: 'Interview answer notes',
      id: 'xc-answers',
      items: answered.map((a) => ({
        anchor: { kind: 'answer', questionId: a.questionId },
        label: a.question,
      })),
    },
  ];
  return (
    <>
      {parts.map((p) => (
        <section key={p.id} aria-labelledby={p.id}>
          <h4 id={p.id}>{p.title}</h4>
          {p.items.length === 0 ? (
            <p class="hint">None.</p>
          ) : (
            <ul class="xc-parts">
              {p.items.map(({ anchor, label }) => (
                <li key={label + JSON.stringify(anchor)}>
                  <strong>{label}</strong>
                  <Prose text={developmentReadText(anchor as Parameters<typeof developmentReadText>[0], development)} />
                  {comments(anchor)}
                </li>
              ))}
            </ul>
          )}
          {p.items.length > 0 && composer?.(p.title.toLowerCase(), p.items)}
        </section>
      ))}
    </>
  );
}
