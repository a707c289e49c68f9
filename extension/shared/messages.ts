// Messages inside the extension: content scripts → background. Validated like the bridge's.
import * as v from 'valibot';
import { ObservationSchema } from '../../core/bridge/schema.ts';

export const RuntimeMessageSchema = v.variant('type', [
  // A Career Manager page reports what it shows.
  v.object({ type: v.literal('observe'), observation: ObservationSchema }),
  v.object({ type: v.literal('ping') }),
  // The applicant pressed Hide or Show on the overlay: remembered for every page and reload.
  v.object({ type: v.literal('overlay'), shown: v.boolean() }),
]);
export type RuntimeMessage = v.InferOutput<typeof RuntimeMessageSchema>;

/** The name of the port the workbook relay opens to the background. */
export const WORKBOOK_PORT = 'proreg-workbook-relay';
