import { c as e, l as t } from './index-oQTK9Mdi.js';
import { t as r } from './megabytes-DhPoBEiT.js';
import { t as n } from './steps-DdJx-lgL.js';
var i = `application/pdf`,
  a = [`image/jpeg`, `image/png`],
  o = [`application/vnd.openxmlformats-officedocument.wordprocessingml.document`, `application/msword`],
  s = [
    {
      id: `accountability-diagram`,
      title: `Accountability diagram`,
      guidance: `An organisation chart of two or three levels above and below you. Mark yourself, and mark colleagues who are professionally registered.`,
      mandatory: { categories: [`CEng`, `IEng`] },
      applies: { categories: [`CEng`, `IEng`] },
      accept: [i, ...a, ...o],
      provenance: `public`,
    },
    {
      id: `education-certificates`,
      title: `Further and higher education certificates`,
      guidance: `All your certificates merged into one file (one file per type). Compress scans if the file is too large.`,
      mandatory: { routes: [`standard`] },
      applies: !0,
      accept: [i, ...a],
      provenance: `public`,
    },
    {
      id: `apprenticeship-transcript`,
      title: `Apprenticeship transcript`,
      guidance: `The transcript of your approved apprenticeship, as one file.`,
      mandatory: { routes: [`streamlined`] },
      applies: { routes: [`streamlined`] },
      accept: [i, ...a],
      provenance: `public`,
    },
    {
      id: `apprenticeship-certificate`,
      title: `Apprenticeship certificate`,
      guidance: `Your apprenticeship completion certificate, as one file.`,
      mandatory: { routes: [`streamlined`] },
      applies: { routes: [`streamlined`] },
      accept: [i, ...a],
      provenance: `public`,
    },
    {
      id: `development-action-plan`,
      title: `Development Action Plan (DAP)`,
      guidance: `Section 1: what you have achieved since your last plan. Section 2: the actions you will take, which competence areas they develop, and by when. Treated as required here, because some IET pages ask for it; others do not (an assumption: check in Career Manager).`,
      mandatory: !0,
      applies: !0,
      accept: [i, ...o],
      provenance: `assumed`,
    },
  ];
function c(e) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(e)) return !1;
  const t = new Date(`${e}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === e;
}
function l(e, t) {
  const n = new Date(`${e}T00:00:00Z`);
  return (n.setUTCDate(n.getUTCDate() + t), n.toISOString().slice(0, 10));
}
function u(e, t) {
  return e !== void 0 && c(e) ? e : l(t.slice(0, 10), 1);
}
var d = new Intl.DateTimeFormat(`en-GB`, { dateStyle: `long`, timeZone: `UTC` });
function f(e) {
  return c(e) ? d.format(new Date(`${e}T00:00:00Z`)) : e;
}
function p(e, t, n, r) {
  return t === ``
    ? []
    : c(t)
      ? t > n
        ? [{ field: e, message: `The ${r} (${f(t)}) is in the future.`, needs: `a ${r} that is not in the future` }]
        : []
      : [{ field: e, message: `The ${r} is not a real date: enter it as shown in the box.`, needs: `a ${r} that is a real date` }];
}
function m(e, t) {
  const n = p(`start`, e.start, t, `start date`),
    r = e.current ? `` : e.end;
  return (
    r !== `` && !c(r)
      ? n.push(...p(`end`, r, t, `end date`))
      : r !== `` &&
        c(e.start) &&
        r < e.start &&
        n.push({
          field: `end`,
          message: `This role ends (${f(r)}) before it starts (${f(e.start)}): check both dates.`,
          needs: `an end date on or after the start date`,
        }),
    n
  );
}
function h(e, t) {
  return p(`date`, e.date, t, `consultation date`);
}
function g(e, t) {
  return p(`date`, e.date, t, `date`);
}
function _(e, t) {
  return u(t, e.updatedAt);
}
function v(e, t, n) {
  return { code: e, message: t, step: n };
}
function y(e) {
  return { ok: !0, value: e };
}
function b(e) {
  return { ok: !1, reasons: e };
}
function x(e, t) {
  return e.length > 0 ? b(e) : y(t());
}
var S = { code: `submitted-read-only`, message: `This application has been submitted and can no longer be changed.`, step: `submit` },
  C = [
    {
      id: `personal-details`,
      title: `Personal and contact details`,
      kind: `personal`,
      guidance: `Your full name and an email address the IET can reach you at. Check them in Career Manager.`,
      mandatory: !0,
      applies: !0,
      provenance: `assumed`,
    },
    {
      id: `membership`,
      title: `IET membership`,
      kind: `membership`,
      guidance: `Your IET membership number, as shown in Career Manager.`,
      mandatory: !0,
      applies: !0,
      provenance: `assumed`,
    },
    {
      id: `qualifications`,
      title: `Qualifications`,
      kind: `qualifications`,
      guidance: `List your academic and vocational qualifications with institution and year. Not matching the benchmark is not a bar: other learning is assessed individually.`,
      mandatory: !0,
      applies: !0,
      provenance: `public`,
    },
    {
      id: `career-history`,
      title: `Career history`,
      kind: `career`,
      guidance: `The heart of the application. For each role write your Responsibilities and your Personal Achievements in the first person ("I designed…"), about 3,000 characters a role. Volunteering counts as a role.`,
      mandatory: !0,
      applies: !0,
      provenance: `public`,
    },
    {
      id: `professional-development`,
      title: `Professional development`,
      kind: `development`,
      guidance: `Training, courses and other CPD, with dates and what you took from them.`,
      mandatory: !0,
      applies: !0,
      provenance: `assumed`,
    },
    {
      id: `pra-consultation`,
      title: `Professional Registration Adviser consulted`,
      kind: `pra`,
      guidance: `Say whether you have talked your application through with a Professional Registration Adviser, when, and with whom.`,
      mandatory: !0,
      applies: !0,
      provenance: `public`,
    },
    {
      id: `development-scheme`,
      title: `Completed professional development scheme`,
      kind: `scheme`,
      guidance: `Only if you have completed an accredited professional development scheme: name it.`,
      mandatory: !1,
      applies: !0,
      provenance: `seed`,
    },
    {
      id: `competence-evidence`,
      title: `Evidence for every competence`,
      kind: `competences`,
      guidance: `Optional advice: link each competence of your standard to the roles that show it, so you can see which ones your career history does not cover yet. Evidence from two or three projects is stronger than one example per competence.`,
      mandatory: !1,
      applies: !0,
      advisory: !0,
      provenance: `assumed`,
    },
    {
      id: `apprenticeship`,
      title: `Approved apprenticeship details`,
      kind: `qualifications`,
      guidance: `On the streamlined route, complete the apprenticeship section in Career Manager, then tick it here.`,
      mandatory: { routes: [`streamlined`] },
      applies: { routes: [`streamlined`] },
      completedIn: `career-manager`,
      provenance: `assumed`,
    },
  ],
  w = {
    A: `Knowledge and understanding`,
    B: `Design, development and solving problems`,
    C: `Responsibility, management and leadership`,
    D: `Communication and interpersonal skills`,
    E: `Personal and professional commitment`,
  },
  ee = { ...w, B: `Design, development and solving ICT problems` };
function T(e, t) {
  return t.map(([t, n, r]) => ({ code: t, area: t.charAt(0), summary: n, category: e, provenance: r ?? `public` }));
}
var E = T(`CEng`, [
    [`A1`, `Keep extending a sound theoretical base and use it to develop your role and the technology you work with.`],
    [`A2`, `Lead the development of technological solutions to unusual or challenging problems, including complex or high-risk ones.`],
    [`B1`, `Play an active part in finding and defining project requirements, problems and opportunities.`],
    [`B2`, `Decide which investigations and research a design or analysis needs, and carry them out well.`],
    [`B3`, `Carry designs through to implementation and evaluate how well they work.`],
    [`C1`, `Plan how a project will be delivered, including risks, resources and quality.`],
    [`C2`, `Plan, budget, organise, direct and control tasks, people and resources.`],
    [`C3`, `Lead teams and develop people to meet changing technical and managerial needs.`],
    [`C4`, `Drive continuous quality improvement and champion good practice.`],
    [`D1`, `Communicate clearly in English with technical and non-technical people at every level.`],
    [`D2`, `Present and debate proposals, justify them and make decisions.`],
    [`D3`, `Show strong personal and social skills and awareness of diversity and inclusion.`],
    [`E1`, `Follow the codes of conduct and practice that apply to your work.`],
    [`E2`, `Understand the safety implications of your role and manage, apply and improve safe systems of work.`],
    [`E3`, `Understand sustainable development and apply it in your work.`],
    [`E4`, `Plan, carry out, reflect on and record your continuing professional development (CPD).`],
    [`E5`, `Recognise the ethical issues your role can raise and act ethically.`],
  ]),
  D = T(`IEng`, [
    [`A1`, `Keep extending a sound theoretical base for applying technology in engineering practice.`],
    [`A2`, `Solve problems with an evidence-based approach and contribute to continuous improvement.`],
    [`B1`, `Review and select the techniques, procedures and methods an engineering task needs.`],
    [`B2`, `Contribute to the design and development of engineering solutions.`],
    [`B3`, `Implement designs and contribute to their evaluation.`],
    [`C1`, `Plan for effective delivery of your projects.`],
    [`C2`, `Manage the planning, budgeting and organisation of tasks, people and resources.`],
    [`C3`, `Manage teams and develop people to meet changing technical and managerial needs.`],
    [`C4`, `Manage continuous quality improvement.`],
    [`D1`, `Communicate clearly in English with technical and non-technical people at every level.`],
    [`D2`, `Present and discuss proposals, justify them and make decisions.`],
    [`D3`, `Show personal and social skills and awareness of diversity and inclusion.`],
    [`E1`, `Follow the codes of conduct and practice that apply to your work.`],
    [`E2`, `Understand the safety implications of your role and manage, apply and improve safe systems of work.`],
    [`E3`, `Understand sustainable development and apply it in your work.`],
    [`E4`, `Plan, carry out, reflect on and record your continuing professional development (CPD).`],
    [`E5`, `Recognise the ethical issues your role can raise and act ethically.`],
  ]),
  O = T(`EngTech`, [
    [`A1`, `Review and select suitable techniques, procedures and methods for your tasks.`],
    [`A2`, `Apply the right scientific, technical or engineering principles in your work.`],
    [`B1`, `Spot problems, diagnose their causes and put satisfactory solutions in place.`],
    [`B2`, `Organise and use resources to finish tasks, minding cost, quality, safety, security and the environment.`],
    [`C1`, `Work reliably and effectively to the relevant codes of practice without close supervision.`],
    [`C2`, `Take personal responsibility for your own work and, where relevant, the work of others.`],
    [`C3`, `Accept, allocate and supervise technical and other tasks.`],
    [`D1`, `Communicate technical and other information in English, spoken, written and electronic.`],
    [`D2`, `Work well with colleagues, clients, suppliers and the public.`],
    [`D3`, `Show personal and social skills and awareness of diversity and inclusion.`],
    [`E1`, `Follow the codes of conduct that apply to your work.`],
    [`E2`, `Understand the safety implications of your role and apply safe systems of work.`],
    [`E3`, `Understand sustainable development and apply it in your work.`],
    [`E4`, `Carry out and record the CPD that keeps your competence up to date.`],
    [`E5`, `Recognise the ethical issues your role can raise and act ethically.`],
  ]),
  k = T(`ICTTech`, [
    [`A1`, `Review and select suitable techniques, procedures and methods for your ICT tasks.`],
    [`A2`, `Apply the right technical and ICT principles in your work.`],
    [`B1`, `Spot ICT problems, diagnose their causes and put satisfactory solutions in place.`],
    [
      `B2`,
      `Evidence one of three alternatives: organise resources to complete tasks, contribute to designing and building ICT systems, or support and maintain ICT services.`,
    ],
    [`C1`, `Work reliably and effectively to the relevant codes of practice without close supervision.`],
    [`C2`, `Take personal responsibility for your own work and, where relevant, the work of others.`],
    [`C3`, `Accept, allocate and supervise technical and other tasks.`],
    [`C4`, `Contribute to quality and to improving how the work is done.`],
    [`D1`, `Communicate technical and other information in English, spoken, written and electronic.`],
    [`D2`, `Work well with colleagues, clients, suppliers and users.`],
    [`D3`, `Show personal and social skills and awareness of diversity and inclusion.`],
    [`E1`, `Follow the codes of conduct that apply to your work, including on security and data.`, `assumed`],
    [`E2`, `Understand the safety and security implications of your role and apply safe systems of work.`, `assumed`],
    [`E3`, `Understand sustainable development and apply it, and act ethically in your work.`, `assumed`],
    [`E4`, `Carry out and record the CPD that keeps your competence up to date.`, `assumed`],
  ]),
  A = { CEng: E, IEng: D, EngTech: O, ICTTech: k },
  te = {
    'UK-SPEC-4': {
      id: `UK-SPEC-4`,
      title: `UK Standard for Professional Engineering Competence and Commitment (UK-SPEC)`,
      edition: `4th edition`,
      areas: w,
      competences: [...E, ...D, ...O],
      provenance: `public`,
    },
    'ICTTech-3': { id: `ICTTech-3`, title: `ICTTech Standard`, edition: `3rd edition`, areas: ee, competences: k, provenance: `public` },
  };
function j(e, t, n) {
  return typeof e == `boolean` ? e : !((e.categories && !e.categories.includes(t)) || (e.routes && !e.routes.includes(n)));
}
function M(n, r) {
  const i = e[n];
  return {
    category: i,
    route: t[r],
    standard: te[i.standard],
    competences: A[n],
    checklist: C.filter((e) => j(e.applies, n, r)).map((e) => ({ item: e, mandatory: j(e.mandatory, n, r) })),
    documents: s.filter((e) => j(e.applies, n, r)).map((e) => ({ type: e, mandatory: j(e.mandatory, n, r) })),
  };
}
function N(e) {
  return A[e];
}
var P = typeof Intl.Segmenter == `function` ? new Intl.Segmenter(`en`, { granularity: `grapheme` }) : null,
  F = /^[\u0000-\u02FF\u0370-\u0482\u048A-\u052F\u2010-\u2027\u2030-\u205E\u20A0-\u20C0\u2100-\u214F\u2190-\u22FF]*$/;
function ne(e) {
  let t = 0;
  for (
    let n = e.indexOf(`\r
`);
    n >= 0;
    n = e.indexOf(
      `\r
`,
      n + 2,
    )
  )
    t++;
  return t;
}
function re(e) {
  if (P === null)
    return Array.from(
      e.replace(
        /\r\n/g,
        `
`,
      ),
    ).length;
  let t = 0;
  for (const n of P.segment(e)) t++;
  return t;
}
var ie = 256;
function I(e) {
  return e >= 32 && e <= 126;
}
function ae(e, t) {
  const n = e.charCodeAt(t - 1);
  return n === 10 || (I(n) && I(e.charCodeAt(t)));
}
function L(e) {
  let t = 0,
    n = 0;
  for (; n < e.length; ) {
    let r = Math.min(n + ie, e.length);
    for (; r < e.length && !ae(e, r); ) r++;
    (t += re(e.slice(n, r))), (n = r);
  }
  return t;
}
var oe = 200,
  se = 256,
  R = new Map();
function z(e) {
  const t = R.get(e);
  if (t !== void 0) return (R.delete(e), R.set(e, t), t);
  const n = L(e);
  return (R.set(e, n), R.size > se && R.delete(R.keys().next().value), n);
}
function B(e) {
  return F.test(e) ? e.length - ne(e) : e.length < oe ? L(e) : z(e);
}
function V(e) {
  return B(e.responsibilities) + B(e.achievements);
}
function H(e, t) {
  const n = e.employer.trim();
  return n ? `Role ${t + 1} (${n})` : `Role ${t + 1}`;
}
var U = 120;
function W(e) {
  return Math.round(e * 10) / 10;
}
function G(e) {
  const t = e.personal;
  return [
    t.fullName,
    t.email,
    t.membershipNumber,
    ...e.qualifications.flatMap((e) => [e.title, e.institution, e.year]),
    ...e.development.flatMap((e) => [e.date, e.title, e.notes]),
    e.pra.adviser,
    e.pra.date,
    e.scheme.name,
  ].reduce((e, t) => e + B(t), 0);
}
function K(e, t) {
  const n = Math.max(1, t.charsPerPage),
    r = e.roles.reduce((e, t) => e + V(t) + U, 0) / n;
  return { total: W(r + G(e) / n), career: W(r) };
}
function ce(e) {
  return e < 1 ? `less than a page` : e === 1 ? `about 1 page` : `about ${e} pages`;
}
var q = new Intl.NumberFormat(`en-GB`);
function le(e, t) {
  const n = [];
  e.roles.forEach((e, r) => {
    const i = V(e);
    i > t.charsPerRole &&
      n.push(v(`role-too-long`, `${H(e, r)} has ${q.format(i)} characters; aim for about ${q.format(t.charsPerRole)}.`, `checklist`));
  });
  const r = K(e, t);
  return (
    r.career > t.careerPagesMax &&
      n.push(
        v(
          `career-too-long`,
          `Your career history would fill about ${r.career} pages; aim for ${t.careerPagesMin}–${t.careerPagesMax}.`,
          `checklist`,
        ),
      ),
    r.total > t.maxPages &&
      n.push(
        v(
          `application-too-long`,
          `The application would fill about ${r.total} pages; keep it to ${t.maxPages} or fewer, as longer ones may be returned.`,
          `checklist`,
        ),
      ),
    n
  );
}
var J = (e) => e.trim() === ``;
function ue(e) {
  const t = [];
  return (
    J(e.personal.fullName) && t.push(`your full name`),
    J(e.personal.email)
      ? t.push(`your email address`)
      : /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e.personal.email.trim()) || t.push(`a valid email address`),
    t
  );
}
function de(e) {
  return e.qualifications.length === 0
    ? [`at least one qualification`]
    : e.qualifications.flatMap((e, t) => {
        const n = `Qualification ${t + 1}`,
          r = [];
        return (
          J(e.title) && r.push(`${n}: its title`),
          J(e.institution) && r.push(`${n}: the institution`),
          J(e.year) && r.push(`${n}: the year`),
          r
        );
      });
}
function fe(e, t) {
  return e.roles.length === 0
    ? [`at least one role`]
    : e.roles.flatMap((e, n) => {
        const r = H(e, n),
          i = [];
        J(e.employer) && i.push(`${r}: the employer or organisation`),
          J(e.title) && i.push(`${r}: your job title`),
          e.start === `` && i.push(`${r}: the start date`),
          !e.current && e.end === `` && i.push(`${r}: the end date (or mark it as your current role)`),
          J(e.responsibilities) && i.push(`${r}: Responsibilities`),
          J(e.achievements) && i.push(`${r}: Personal Achievements`);
        for (const n of m(e, t)) i.push(`${r}: ${n.needs}`);
        return i;
      });
}
function pe(e, t) {
  return e.development.filter((e) => !J(e.title)).length === 0
    ? [`at least one training or development record with a title`]
    : e.development.flatMap((e, n) => g(e, t).map((t) => `${me(e.title, n)}: ${t.needs}`));
}
function me(e, t) {
  return e.trim() ? `Development record ${t + 1} (${e.trim()})` : `Development record ${t + 1}`;
}
function he(e, t) {
  if (!e.pra.consulted) return [`a consultation with a Professional Registration Adviser`];
  const n = [];
  e.pra.date === `` && n.push(`the date you consulted the adviser`);
  for (const r of h(e.pra, t)) n.push(r.needs);
  return (J(e.pra.adviser) && n.push(`the adviser’s name`), n);
}
function ge(e) {
  return e.scheme.completed ? (J(e.scheme.name) ? [`the name of the scheme`] : []) : [`a completed professional development scheme`];
}
function _e(e) {
  const t = new Set(e.roles.flatMap((e) => e.competences)),
    n = M(e.category, e.route).competences.filter((e) => !t.has(e.code));
  return n.length === 0 ? [] : [`not yet shown in any role: ${n.map((e) => e.code).join(`, `)}`];
}
function ve(e, t) {
  return e.checklist[t.id]?.done ? [] : [`a tick here once it is done in Career Manager`];
}
function Y(e, t, n) {
  if (t.completedIn === `career-manager`) return ve(e, t);
  switch (t.kind) {
    case `personal`:
      return ue(e);
    case `membership`:
      return J(e.personal.membershipNumber) ? [`your membership number`] : [];
    case `qualifications`:
      return de(e);
    case `career`:
      return fe(e, n);
    case `development`:
      return pe(e, n);
    case `pra`:
      return he(e, n);
    case `scheme`:
      return ge(e);
    case `competences`:
      return _e(e);
  }
}
function ye(e, t) {
  return t ? `Mandatory` : e.advisory ? `Optional advice` : `Optional — only if you have one`;
}
function X(e, t, n) {
  const r = _(e, n);
  return M(e.category, e.route).checklist.map(({ item: t, mandatory: n }) => {
    const i = Y(e, t, r);
    return { item: t, mandatory: n, needed: ye(t, n), complete: i.length === 0, missing: i };
  });
}
function be(e, t, n, i) {
  if (!n) return t ? [`No file yet: this document is required.`] : [];
  const a = [];
  return (
    n.size > i.maxFileSize &&
      a.push(`The file is ${r(n.size)}; the limit is ${r(i.maxFileSize)}. Compress it or reduce the scan resolution.`),
    e.accept.includes(n.mime) || a.push(`This kind of file (${n.mime || `unknown type`}) is not accepted here; PDF is preferred.`),
    a
  );
}
function Z(e, t) {
  return M(e.category, e.route).documents.map(({ type: n, mandatory: r }) => {
    const i = e.documents[n.id],
      a = be(n, r, i, t);
    return i ? { type: n, mandatory: r, ref: i, problems: a } : { type: n, mandatory: r, problems: a };
  });
}
function Q(e, t, n) {
  return X(e, t, n)
    .filter((e) => e.mandatory && !e.complete)
    .map((e) => v(`checklist-incomplete`, `Checklist: complete “${e.item.title}” — still needed: ${e.missing.join(`; `)}.`, `checklist`));
}
function $(e, t) {
  return Z(e, t).flatMap(({ type: e, mandatory: n, ref: i }) => {
    if (!i) return n ? [v(`document-missing`, `Supporting documents: add your ${e.title}.`, `documents`)] : [];
    const a = [];
    return (
      i.size > t.maxFileSize &&
        a.push(
          v(
            `document-too-large`,
            `Supporting documents: your ${e.title} is ${r(i.size)}, over the ${r(t.maxFileSize)} limit. Compress it and add it again.`,
            `documents`,
          ),
        ),
      e.accept.includes(i.mime) ||
        a.push(
          v(
            `document-type-not-accepted`,
            `Supporting documents: your ${e.title} is a kind of file Career Manager does not take here; save it as a PDF.`,
            `documents`,
          ),
        ),
      a
    );
  });
}
function xe(e, t, n) {
  return [...Q(e, t, n), ...$(e, t)];
}
function Se(t) {
  const r = [];
  t.panelling.sector.trim() === `` && r.push(v(`sector-missing`, `Panelling: choose the sector your application belongs to.`, `panelling`));
  const i = t.panelling.interviewLocation.trim();
  return (
    !e[t.category].interviewRequired &&
      i !== `Not applicable` &&
      r.push(
        v(`interview-location-not-applicable`, `Panelling: ${t.category} applicants choose “${n}” as the interview location.`, `panelling`),
      ),
    e[t.category].interviewRequired &&
      (i === `` || i === `Not applicable`) &&
      r.push(v(`interview-location-missing`, `Panelling: choose an interview location (required for ${t.category}).`, `panelling`)),
    r
  );
}
export {
  _ as T,
  $ as n,
  B as s,
  b,
  C as h,
  c as w,
  ce as c,
  f as C,
  g as S,
  H as f,
  h as D,
  K as l,
  l as x,
  le as u,
  M as m,
  m as O,
  N as p,
  Q as t,
  S as g,
  Se as i,
  s as k,
  u as E,
  V as d,
  v as y,
  X as a,
  x as _,
  xe as r,
  y as v,
  Z as o,
};
