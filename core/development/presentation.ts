// The interview presentation (about 15 minutes, public): an outline drafted from the roles, newest
// first, with time shares the applicant can change, and where a rehearsal stands at a given second.
import { roleLabel } from '../application/text.ts';
import type { CategoryId, CompetenceCode, Role } from '../types.ts';
import { roleClaims } from './claims.ts';
import { PRESENTATION_MINUTES } from './constants.ts';

export interface OutlineSection {
  id: string;
  title: string;
  seconds: number;
  points: string[];
  competences: CompetenceCode[];
}

/** Roles given a section of their own; older ones share "Earlier career". */
const ROLES_IN_OUTLINE = 3;

const STEP = 15;

function newestFirst(roles: readonly Role[]): Role[] {
  // Current roles first, then by end date, then by start date, newest first; undated last.
  const key = (r: Role) => `${r.current ? '9' : '0'}${r.end || '0000'}${r.start || '0000'}`;
  return [...roles].sort((a, b) => key(b).localeCompare(key(a)));
}

/** A first outline of the presentation, totalling exactly `minutes` (15 by default), in 15-second steps. */
export function draftOutline(
  app: { category: CategoryId; roles: readonly Role[] },
  minutes: number = PRESENTATION_MINUTES,
): OutlineSection[] {
  const total = Math.max(1, Math.round(minutes)) * 60;
  const ordered = newestFirst(app.roles);
  const own = ordered.slice(0, ROLES_IN_OUTLINE);
  const earlier = ordered.slice(ROLES_IN_OUTLINE);
  const fixed = { intro: 60, development: 90, close: 45 };
  const sections: OutlineSection[] = [
    {
      id: 'intro',
      title: 'Who you are',
      seconds: fixed.intro,
      points: [`Your current role and why you are applying for ${app.category} now`, 'A map of the talk'],
      competences: [],
    },
  ];
  const weights = [3, 2, 1.5];
  const roleParts: { section: OutlineSection; weight: number }[] = own.map((role, i) => {
    const index = app.roles.indexOf(role);
    return {
      weight: weights[i] ?? 1,
      section: {
        id: `role:${role.id}`,
        title: roleLabel(role, index),
        seconds: 0,
        points: [
          `${role.title.trim() || 'Your role'}${role.start ? `, from ${role.start.slice(0, 7)}` : ''}${role.current ? ' to now' : role.end ? ` to ${role.end.slice(0, 7)}` : ''}`,
          ...roleClaims(role, 2),
        ],
        competences: role.competences,
      },
    };
  });
  if (earlier.length) {
    roleParts.push({
      weight: 1,
      section: {
        id: 'earlier',
        title: 'Earlier career',
        seconds: 0,
        points: earlier.map((r) => `${r.title.trim() || 'Role'} at ${r.employer.trim() || 'an employer'}`),
        competences: [...new Set(earlier.flatMap((r) => r.competences))],
      },
    });
  }
  const left = Math.max(0, total - fixed.intro - fixed.development - fixed.close);
  const weightSum = roleParts.reduce((s, p) => s + p.weight, 0);
  for (const p of roleParts) p.section.seconds = Math.floor((left * p.weight) / weightSum / STEP) * STEP;
  sections.push(...roleParts.map((p) => p.section));
  sections.push(
    {
      id: 'development',
      title: 'Development and what comes next',
      seconds: fixed.development,
      points: ['Your CPD and what it changed', 'Your Development Action Plan'],
      competences: ['E4' as CompetenceCode],
    },
    { id: 'close', title: 'Close', seconds: fixed.close, points: ['Three things you want the interviewers to remember'], competences: [] },
  );
  // Whatever rounding left over goes to the newest role (or the introduction if there are none).
  const used = sections.reduce((s, x) => s + x.seconds, 0);
  const target = roleParts[0]?.section ?? sections[0]!;
  target.seconds += total - used;
  if (target.seconds < 0) return scaleDown(sections, total);
  return sections;
}

function scaleDown(sections: OutlineSection[], total: number): OutlineSection[] {
  const sum = sections.reduce((s, x) => s + Math.max(0, x.seconds), 0) || 1;
  const scaled = sections.map((x) => ({ ...x, seconds: Math.floor((Math.max(0, x.seconds) * total) / sum) }));
  scaled[0]!.seconds += total - scaled.reduce((s, x) => s + x.seconds, 0);
  return scaled;
}

/** Where a rehearsal stands `elapsed` seconds in: the section to be on, time left in it, and whether the talk has overrun. */
export function rehearsalCue(
  outline: readonly OutlineSection[],
  elapsed: number,
): { index: number; sectionLeft: number; totalLeft: number; over: boolean } {
  const total = outline.reduce((s, x) => s + x.seconds, 0);
  let start = 0;
  for (let i = 0; i < outline.length; i++) {
    const end = start + outline[i]!.seconds;
    if (elapsed < end) return { index: i, sectionLeft: end - elapsed, totalLeft: total - elapsed, over: false };
    start = end;
  }
  return { index: Math.max(0, outline.length - 1), sectionLeft: 0, totalLeft: total - elapsed, over: elapsed > total };
}

/** Seconds as a clock, e.g. 95 → "1:35", -5 → "-0:05". */
export function clock(seconds: number): string {
  const s = Math.abs(Math.trunc(seconds));
  return `${seconds < 0 ? '-' : ''}${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
