// "Export and review": for one application, export, mentor comments and supporter briefings;
// from the applications list (applicationId null), import, backups and mentor mode.

import { liveQuery } from 'dexie';
import type { Application } from '../../../core/types.ts';
import { db } from '../db/database.ts';
import { useLive } from '../state/live.ts';
import { ApplicantReview } from './ApplicantReview.tsx';
import { BackupPanel, BackupReminder } from './BackupPanel.tsx';
import { BriefingPanel } from './BriefingPanel.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import { ImportPanel } from './ImportPanel.tsx';
import { MentorMode } from './MentorMode.tsx';
import './exchange.css';

export function ExchangeScreen({ applicationId }: { applicationId: string | null }) {
  if (applicationId === null) {
    return (
      <div class="xc">
        <ImportPanel />
        <BackupPanel />
        <MentorMode />
      </div>
    );
  }
  return <ApplicationExchange id={applicationId} />;
}

function ApplicationExchange({ id }: { id: string }) {
  const app = useLive(() => liveQuery(() => db.applications.get(id)), [id], undefined as Application | undefined | null);
  if (app.value === undefined) return <p>Loading…</p>;
  if (app.value === null) return <p>This application is not in the workbook.</p>;
  return (
    <div class="xc">
      <BackupReminder withButton />
      <ExportPanel app={app.value} />
      <ApplicantReview app={app.value} />
      <BriefingPanel app={app.value} />
    </div>
  );
}
