// "Import or review", reached from the applications list: import, the whole-workbook backup, and
// the way to the mentor's reviews (reviewing someone else's application has its own screens).
import { MENTOR_WORDS } from '../../../core/exchange/mentor-words.ts';
import { hrefFor } from '../state/route.ts';
import { BackupPanel } from './BackupPanel.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import './exchange.css';

export function ImportScreen() {
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Import or review</h2>
      <p>Open an exported workbook file, or review someone else's application as their mentor.</p>
      <div class="xc">
        <ImportPanel />
        <BackupPanel />
        <section aria-labelledby="xc-mentor">
          <h3 id="xc-mentor">Review someone else's application</h3>
          <p>
            As a mentor, open the file an applicant sent you under <a href={hrefFor({ name: 'reviews' })}>{MENTOR_WORDS.nav}</a>: your
            comments are kept there as you type, with the {MENTOR_WORDS.inProgress.toLowerCase()}.
          </p>
        </section>
      </div>
    </section>
  );
}
