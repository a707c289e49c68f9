// Messages inside the extension to the background, validated like the bridge's.
import * as v from 'valibot';
import { ObservationSchema } from '../../core/bridge/schema.ts';
import type { RawNode } from '../../core/pages/shape.ts';

const Texts = v.pipe(v.array(v.pipe(v.string(), v.maxLength(2_000))), v.maxLength(2_000));

/** What a Career Manager page shows, as the content script describes it (see core/pages/types.ts). */
const PageDescriptionSchema = v.object({
  url: v.pipe(v.string(), v.maxLength(2_000)),
  title: v.pipe(v.string(), v.maxLength(2_000)),
  headings: Texts,
  buttons: Texts,
  links: Texts,
  tabs: Texts,
  selectedTab: v.nullable(v.pipe(v.string(), v.maxLength(2_000))),
  labels: Texts,
  fileInputs: v.pipe(v.number(), v.integer(), v.minValue(0)),
  // Null when the page did not read it (it is read only when it could change the verdict).
  hasOrangeMarker: v.nullable(v.boolean()),
});

const Str = v.pipe(v.string(), v.maxLength(100_000));

/** The page as the content script took it for "This page looks wrong" (core/pages/shape.ts). */
const RawNodeSchema: v.GenericSchema<RawNode> = v.lazy(() =>
  v.object({
    t: v.pipe(v.string(), v.maxLength(100)),
    a: v.record(v.pipe(v.string(), v.maxLength(200)), Str),
    v: v.optional(Str),
    on: v.optional(v.boolean()),
    c: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(3))),
    r: v.optional(v.picklist(['row', 'title'])),
    k: v.pipe(v.array(v.union([Str, RawNodeSchema])), v.maxLength(10_000)),
  }),
);

const RawShapeSchema = v.object({
  page: RawNodeSchema,
  recognition: v.object({
    kind: v.nullable(v.pipe(v.string(), v.maxLength(40))),
    matched: v.pipe(v.array(v.pipe(v.string(), v.maxLength(40))), v.maxLength(20)),
    scores: v.record(v.pipe(v.string(), v.maxLength(40)), v.number()),
  }),
  cues: v.record(v.pipe(v.string(), v.maxLength(40)), v.union([Texts, Str, v.number(), v.boolean(), v.null()])),
  rows: v.pipe(
    v.array(v.object({ title: Str, mandatory: v.boolean(), status: v.picklist(['complete', 'open', 'unknown']), statusText: Str })),
    v.maxLength(500),
  ),
});

export const RuntimeMessageSchema = v.variant('type', [
  // "This page looks wrong": the page as built, to anonymise and show the applicant.
  v.object({ type: v.literal('shape'), shape: RawShapeSchema }),
  // The applicant marked rows "I've done this" (or took a mark back) on a list page.
  v.object({
    type: v.literal('marks'),
    page: v.picklist(['checklist', 'documents']),
    titles: v.pipe(v.array(v.pipe(v.string(), v.maxLength(2_000))), v.maxLength(200)),
  }),
  // A Career Manager page asks which page it is (the rules live here, not in every page).
  v.object({ type: v.literal('recognise'), page: PageDescriptionSchema }),
  // A Career Manager page reports what it shows.
  v.object({ type: v.literal('observe'), observation: ObservationSchema }),
  // The applicant paused typing in a role's Responsibilities or Personal Achievements: what do our rules suggest?
  v.object({ type: v.literal('evidence'), field: v.pipe(v.string(), v.maxLength(200)), text: v.pipe(v.string(), v.maxLength(1_000_000)) }),
  // The applicant pressed Hide or Show on the overlay: remembered for every page and reload.
  v.object({ type: v.literal('overlay'), shown: v.boolean() }),
  // From the popup or options: the applicant confirmed the code their workbook shows.
  v.object({ type: v.literal('pairing-confirm'), code: v.pipe(v.string(), v.maxLength(20)) }),
  // From the popup: the applicant turned a waiting request down (an existing pairing stays).
  v.object({ type: v.literal('pairing-decline') }),
  // From the options: forget the paired workbook.
  v.object({ type: v.literal('pairing-forget') }),
]);
