// What the background answers the role page's companion about a field's text: our rules'
// suggestions and marks as plain sentences, short enough to draw beside the form.
import { expect, test } from 'vitest';
import { evidenceReply } from '../../extension/background/evidence.ts';

test('competences come once each with the words that triggered them; marks of one kind are one line with their places', () => {
  const text = [
    'We planned the commissioning programme and budget for the new substation.',
    'We also planned the commissioning programme and budget for the depot. We met weekly. We reported to the client.',
  ].join('\n\n');
  const reply = evidenceReply('Responsibilities', text, 'CEng');
  expect(reply.lines[0]).toBe(`Read from Responsibilities (${text.length} characters) at the CEng level.`);
  expect(reply.lines.join(' ')).toContain('not the panel’s judgement');
  const [competences, marks] = reply.lists;
  expect(competences!.items.filter((i) => i.startsWith('C1:'))).toHaveLength(1);
  const we = marks!.items.filter((i) => i.startsWith('“We” instead of “I”'));
  // Four "we"s in two paragraphs: one line, the word and how often, not the words between them.
  expect(we).toEqual([expect.stringMatching(/^“We” instead of “I” \(“We” 4 times\)\. The panel assesses what you did yourself/)]);
  expect(reply.status).toMatch(/^\d+ competences suggested, \d+ marks of the level check\.$/);
});

test('a long quote is cut to its start, and one mark is counted as one', () => {
  const long = `${'I checked the relay settings across the network and recorded them in the register '.repeat(3)}today.`;
  const reply = evidenceReply('Personal Achievements', long, 'IEng');
  const line = reply.lists[1]!.items.find((i) => i.startsWith('Very long sentence'))!;
  expect(line).toMatch(/^Very long sentence \(“I checked the relay settings across the network and…”\)\. /);
});

test('with the category unknown, nothing is suggested and the reply says why', () => {
  const reply = evidenceReply('Responsibilities', 'We planned the commissioning programme and budget.', null);
  expect(reply.lists).toEqual([]);
  expect(reply.lines.join(' ')).toMatch(/category you are applying for is unknown/);
  expect(reply.status).toBe('No suggestions: the category is unknown.');
});

test('bad input gets nothing worse than no suggestion: empty, huge, emoji, right-to-left, a pasted table', () => {
  for (const text of [
    '',
    'x'.repeat(100_000),
    '🚀🚀 ✅'.repeat(2_000),
    'قمت بتصميم النظام',
    'Item\tCost\tOwner\nRelay\t£2,000\tMe\n'.repeat(200),
  ]) {
    const reply = evidenceReply('Responsibilities', text, 'EngTech');
    expect(reply.lines[0]).toMatch(/^Read from Responsibilities \([\d,]+ characters\)/);
    expect(reply.lists).toHaveLength(2);
  }
  expect(evidenceReply('Responsibilities', '', 'CEng').status).toBe('0 competences suggested, 0 marks of the level check.');
});
