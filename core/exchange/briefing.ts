// A printable briefing for one supporter: what Career Manager will ask of them and which parts
// of the application they can speak to. Deliberately no suggested wording: assessors discount
// supporter statements the applicant wrote.

import { CATEGORIES } from '../rules/categories.ts';
import { DEFAULT_LIMITS } from '../rules/limits.ts';
import { rulesFor } from '../rules/scope.ts';
import type { Application, CompetenceCode, Role, Supporter } from '../types.ts';
import { EXPORT_CSP } from './html.ts';
import { el, Markup, voidEl } from './markup.ts';

interface BriefingCompetence {
  code: CompetenceCode;
  summary: string;
  /** Roles (chosen for this supporter) whose tags or linked passages evidence it. */
  roles: string[];
}

export interface Briefing {
  applicant: string;
  categoryTitle: string;
  category: Application['category'];
  supporter: Pick<Supporter, 'name' | 'relationship' | 'registration'>;
  roles: { label: string; dates: string }[];
  competences: BriefingCompetence[];
  /** What Career Manager asks of a supporter, step by step (our own words). */
  steps: string[];
}

const roleLabel = (r: Role) => `${r.title || 'Untitled role'}, ${r.employer || 'unnamed employer'}`;

/** For each competence, the ids of the roles that evidence it (core/evidence/collect.ts rolesEvidencing). */
export type Evidencing = ReadonlyMap<CompetenceCode, ReadonlySet<string>>;

/**
 * The briefing's content for a supporter who knows the given roles first-hand (all roles if none
 * are given). `evidencing` adds the roles whose linked passages evidence a competence; without
 * it only whole-role tags count. `supporters` is how many the applicant's rules assume.
 */
export function briefingFor(
  app: Application,
  supporter: Supporter,
  roleIds?: readonly string[],
  evidencing?: Evidencing,
  supporters: number = DEFAULT_LIMITS.supportersRequired,
): Briefing {
  const roles = roleIds ? app.roles.filter((r) => roleIds.includes(r.id)) : app.roles;
  const applicant = app.personal.fullName || 'the applicant';
  const shows = (r: Role, code: CompetenceCode) => r.competences.includes(code) || (evidencing?.get(code)?.has(r.id) ?? false);
  return {
    applicant,
    categoryTitle: CATEGORIES[app.category].title,
    category: app.category,
    supporter: { name: supporter.name, relationship: supporter.relationship, registration: supporter.registration },
    roles: roles.map((r) => ({ label: roleLabel(r), dates: `${r.start || '?'} to ${r.current ? 'present' : r.end || '?'}` })),
    competences: rulesFor(app.category, app.route).competences.map((c) => ({
      code: c.code,
      summary: c.summary,
      roles: roles.filter((r) => shows(r, c.code)).map(roleLabel),
    })),
    steps: [
      `${applicant} locks the application in the IET's Career Manager, then adds you as a supporter: only a locked application can have supporters.`,
      "You support the application in Career Manager, from what you know first hand of the applicant's work. You need not be an IET member; ideally you are professionally registered yourself.",
      'For each competence of the standard there is a box for you to fill in yourself, in your own words, with what you have seen the applicant do.',
      'You then validate the application, or say what needs changing. Changes mean the applicant unlocks the application, and supporter comments are lost; we expect you would be asked to validate again once it is locked again.',
      'Assessors give little weight to supporter statements written by the applicant, so this briefing suggests no wording: what you write must be your own view.',
      `How many supporters are needed, and at what level of registration, could not be confirmed: the applicant's workbook assumes ${supporters}. Career Manager says what it needs.`,
    ],
  };
}

/** The briefing as a printable, script-free .html page. */
export function renderBriefingHtml(b: Briefing): string {
  const STYLE = `body{font:15px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1.25rem;color:#1b1b1b}h1{font-size:1.5rem;color:#123a6b}h2{font-size:1.15rem;border-bottom:2px solid #1d4f91;margin-top:1.75rem}.box{border:1px solid #8a96a8;min-height:5.5rem;margin:.25rem 0 1rem;border-radius:.25rem}.meta{color:#4a5563}.comp{break-inside:avoid}@media print{body{margin:0;max-width:none;font-size:11pt}}`;
  const page = el(
    'html',
    { lang: 'en-GB' },
    el(
      'head',
      null,
      voidEl('meta', { charset: 'utf-8' }),
      voidEl('meta', { 'http-equiv': 'Content-Security-Policy', content: EXPORT_CSP }),
      el('title', null, `Supporter briefing for ${b.supporter.name}`),
      new Markup(`<style>${STYLE}</style>`),
    ),
    el(
      'body',
      null,
      el(
        'main',
        null,
        el('h1', null, `Supporting ${b.applicant}'s ${b.categoryTitle} application`),
        el(
          'p',
          null,
          `A briefing for ${b.supporter.name || 'a supporter'}${b.supporter.relationship ? ` (${b.supporter.relationship})` : ''}.`,
        ),
        el('h2', null, 'What Career Manager will ask of you'),
        el(
          'ol',
          null,
          b.steps.map((s) => el('li', null, s)),
        ),
        el('h2', null, 'The roles you can speak to'),
        b.roles.length
          ? el(
              'ul',
              null,
              b.roles.map((r) => el('li', null, `${r.label} (${r.dates})`)),
            )
          : el('p', { class: 'meta' }, 'No roles chosen.'),
        el('h2', null, 'The competences, one box each'),
        el(
          'p',
          { class: 'meta' },
          'In Career Manager you fill in one box per competence. The boxes below are for your own notes if you print this page; the applicant has written nothing in them.',
        ),
        b.competences.map((c) =>
          el(
            'div',
            { class: 'comp' },
            el('h3', null, `${c.code}: ${c.summary}`),
            el(
              'p',
              { class: 'meta' },
              c.roles.length
                ? `The application gives evidence for this in: ${c.roles.join('; ')}.`
                : 'None of the roles above is given as evidence for this.',
            ),
            el('div', { class: 'box', role: 'presentation' }),
          ),
        ),
      ),
    ),
  );
  return `<!doctype html>\n${page.html}\n`;
}
