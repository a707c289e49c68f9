// "Export and review" for one application: export, mentor comments and supporter briefings.
import type { Application } from '../../../core/types.ts';
import { liveApplication } from '../db/store.ts';
import { useLive } from '../state/live.ts';
import { ApplicantReview } from './ApplicantReview.tsx';
import { BackupReminder } from './BackupReminder.tsx';
import { BriefingPanel } from './BriefingPanel.tsx';
import { ExportPanel } from './ExportPanel.tsx';
import './exchange.css';

export function ApplicationExchange({ app: { id } }: { app: Pick<Application, 'id'> }) {
  const app = useLive(() => liveApplication(id), [id], undefined as Application | undefined | null);
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
