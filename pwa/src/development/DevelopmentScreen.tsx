// The development screens of one application, loaded only when opened: the CPD log, the
// Development Action Plan, the advice log and panel feedback ("Development"), and interview
// preparation ("Interview").
import { signal } from '@preact/signals';
import type { Application } from '../../../core/types.ts';
import { CommentsProvider } from '../exchange/CommentsFor.tsx';
import { DevelopmentContext } from '../exchange/developmentContext.ts';
import { AdviceLog } from './AdviceLog.tsx';
import { CpdLog } from './CpdLog.tsx';
import { FeedbackView } from './FeedbackView.tsx';
import { InterviewView } from './InterviewView.tsx';
import { PlanView } from './PlanView.tsx';
import { useDevelopment } from './state.ts';
import './development.css';

const DEVELOPMENT_PARTS = { cpd: 'CPD log', plan: 'Action plan', advice: 'Advice log', feedback: 'Panel feedback' } as const;
const INTERVIEW_PARTS = { practice: 'Practice questions', presentation: 'Presentation', remote: 'Remote interview' } as const;

const developmentPart = signal<keyof typeof DEVELOPMENT_PARTS>('cpd');
const interviewPart = signal<keyof typeof INTERVIEW_PARTS>('practice');

function Parts<K extends string>({
  label,
  parts,
  current,
  onPick,
}: {
  label: string;
  parts: Record<K, string>;
  current: K;
  onPick(k: K): void;
}) {
  return (
    <nav aria-label={label} class="parts">
      <ul>
        {(Object.keys(parts) as K[]).map((k) => (
          <li key={k}>
            <button type="button" aria-pressed={k === current} onClick={() => onPick(k)}>
              {parts[k]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function DevelopmentScreen({ app }: { app: Application }) {
  const dev = useDevelopment(app.id);
  if (dev.data.value === undefined) return <p>Loading…</p>;
  const part = developmentPart.value;
  return (
    <CommentsProvider applicationId={app.id}>
      <DevelopmentContext.Provider value={dev.data.value}>
        <div class="development">
          <Parts label="Development" parts={DEVELOPMENT_PARTS} current={part} onPick={(k) => (developmentPart.value = k)} />
          <h3 class="part-title">{DEVELOPMENT_PARTS[part]}</h3>
          {part === 'cpd' && <CpdLog dev={dev} app={app} />}
          {part === 'plan' && <PlanView dev={dev} app={app} />}
          {part === 'advice' && <AdviceLog dev={dev} app={app} />}
          {part === 'feedback' && <FeedbackView dev={dev} app={app} />}
        </div>
      </DevelopmentContext.Provider>
    </CommentsProvider>
  );
}

export function InterviewScreen({ app }: { app: Application }) {
  const dev = useDevelopment(app.id);
  if (dev.data.value === undefined) return <p>Loading…</p>;
  const part = interviewPart.value;
  return (
    <CommentsProvider applicationId={app.id}>
      <DevelopmentContext.Provider value={dev.data.value}>
        <div class="development">
          <Parts label="Interview preparation" parts={INTERVIEW_PARTS} current={part} onPick={(k) => (interviewPart.value = k)} />
          <InterviewView dev={dev} app={app} part={part} />
        </div>
      </DevelopmentContext.Provider>
    </CommentsProvider>
  );
}
