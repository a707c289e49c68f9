// The development record of the application on screen, for mentor comments anchored to it (a CPD
// activity, a goal, an interview answer): their labels and whether they are out of date need it.
import { createContext } from 'preact';
import type { DevelopmentData } from '../../../core/development/data.ts';

export const DevelopmentContext = createContext<DevelopmentData | undefined>(undefined);
