// "Import or review", reached from the applications list: import, the whole-workbook backup and
// mentor mode (reviewing someone else's application).
import { BackupPanel } from './BackupPanel.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { MentorMode } from './MentorMode.tsx';
import './exchange.css';

export function ImportScreen() {
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">Import or review</h2>
      <p>Open an exported workbook file, or review someone else's application as their mentor.</p>
      <div class="xc">
        <ImportPanel />
        <BackupPanel />
        <MentorMode />
      </div>
    </section>
  );
}
