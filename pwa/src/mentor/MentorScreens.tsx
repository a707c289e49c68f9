// The mentor's part of the workbook (loaded on demand): the reviews in progress, and one page per
// review. Reviews are kept apart from any applications of the mentor's own.
import { route } from '../state/route.ts';
import { ReviewPage } from './ReviewPage.tsx';
import { ReviewsList } from './ReviewsList.tsx';
import '../exchange/exchange.css';
import './mentor.css';

export function MentorScreens() {
  const current = route.value;
  return current.name === 'review' ? <ReviewPage key={current.id} id={current.id} /> : <ReviewsList />;
}
