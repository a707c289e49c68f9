// The progress section of the export: the path's steps, blockers and next action.
import type { Application, Limits } from '../types.ts';
import { el, type Markup } from './markup.ts';

/** Progress and blockers, as core's progress() reports them. */
export function progressSection(_app: Application, _limits: Limits): Markup | null {
  return null;
}
