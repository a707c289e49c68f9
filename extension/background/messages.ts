// Messages inside the extension to the background, validated like the bridge's.
import * as v from 'valibot';
import { ObservationSchema } from '../../core/bridge/schema.ts';

export const RuntimeMessageSchema = v.variant('type', [
  // A Career Manager page reports what it shows.
  v.object({ type: v.literal('observe'), observation: ObservationSchema }),
  // The applicant pressed Hide or Show on the overlay: remembered for every page and reload.
  v.object({ type: v.literal('overlay'), shown: v.boolean() }),
  // From the popup or options: the applicant confirmed the code their workbook shows.
  v.object({ type: v.literal('pairing-confirm'), code: v.pipe(v.string(), v.maxLength(20)) }),
  // From the popup: the applicant turned a waiting request down (an existing pairing stays).
  v.object({ type: v.literal('pairing-decline') }),
  // From the options: forget the paired workbook.
  v.object({ type: v.literal('pairing-forget') }),
]);
export type RuntimeMessage = v.InferOutput<typeof RuntimeMessageSchema>;
