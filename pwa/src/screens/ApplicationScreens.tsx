// One application: its progress rail and sections beside the section on screen.
// Typing changes the application on every key, so this frame reads only what it shows (name,
// stage, whether loaded) through computed values, and the section reads the application itself
// (SectionHost): a key redraws the section, not the frame, the rail or the navigation.
import { useComputed } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { STAGE_WORDS } from '../../../core/design/vocabulary.ts';
import { CommentsProvider } from '../exchange/CommentsFor.tsx';
import { type Draft, draftFor } from '../state/draft.ts';
import { type AppScreen, hrefFor, SCREEN_TITLES } from '../state/route.ts';
import { Reasons } from '../ui/fields.tsx';
import type { Lazy } from '../ui/lazy.tsx';
import { ApplicationSide, LockedNotice } from './ApplicationSide.tsx';
import { SECTIONS, type SectionProps } from './sections.ts';

export function ApplicationScreens({ id, screen }: { id: string; screen: AppScreen }) {
  const draft = draftFor(id);
  const Section = SECTIONS[screen];
  // "undefined" while loading, "null" when not on this device, else what the frame shows.
  const head = useComputed(() => {
    const app = draft.app.value;
    return app ? `${app.name}\u0000${app.category}\u0000${app.stage}` : app === null ? null : undefined;
  });
  useEffect(() => {
    document.title = `${SCREEN_TITLES[screen]} — ProReg Companion`;
  }, [screen]);
  // A refusal belongs to the screen it was made on: coming back later shows the form afresh.
  useEffect(() => () => draft.dismissRefusal(), [draft, screen]);
  if (head.value === undefined) return <p>Loading…</p>;
  if (head.value === null) {
    return (
      <section aria-labelledby="missing-title">
        <h2 id="missing-title">Application not found</h2>
        <p>
          This application is not on this device (it may have been deleted in another tab).{' '}
          <a href={hrefFor({ name: 'applications' })}>Back to your applications</a>
        </p>
      </section>
    );
  }
  const [name, category, stage] = head.value.split('\u0000') as [string, string, keyof typeof STAGE_WORDS];
  return (
    <div class="application">
      <p class="app-name">
        <strong>{name}</strong> · {category} · {STAGE_WORDS[stage]}
        <Saving draft={draft} />
      </p>
      <div class="app-layout">
        <ApplicationSide draft={draft} screen={screen} />
        <div class="app-main">
          {stage === 'submitted' &&
            screen !== 'validate' &&
            screen !== 'exchange' &&
            screen !== 'development' &&
            screen !== 'interview' && (
              <p class="note">
                This application has been submitted, so it can no longer be changed. Record what happens next under Validate and verify.
              </p>
            )}
          <LockedNotice draft={draft} screen={screen} />
          <Refusal draft={draft} />
          <section aria-labelledby="screen-title">
            <h2 id="screen-title">{SCREEN_TITLES[screen]}</h2>
            {/* One read of the mentor comments, shared by every place a section shows them. */}
            <CommentsProvider applicationId={id}>
              <SectionHost draft={draft} Section={Section} />
            </CommentsProvider>
          </section>
        </div>
      </div>
    </div>
  );
}

/** Always in the layout (hidden when idle) so saving never shifts the navigation under a click. */
function Saving({ draft }: { draft: Draft }) {
  return <span class={draft.saving.value ? 'saving' : 'saving idle'}> · Saving…</span>;
}

/** A refusal that belongs to no form of its own, shown at the top of the section. */
function Refusal({ draft }: { draft: Draft }) {
  return (
    <div role="alert">
      <Reasons reasons={draft.refusedAt.value === null ? draft.refused.value : []} title="That change was not made:" />
    </div>
  );
}

/** The section on screen, given the application as it is now. */
function SectionHost({ draft, Section }: { draft: Draft; Section: Lazy<SectionProps> }) {
  const app = draft.app.value;
  return app ? <Section draft={draft} app={app} /> : null;
}
