// The companion on Career Manager's role page reads the text the applicant is writing with our
// evidence rules (issue 13, part 5): the competences its words may evidence and the level check's
// marks, live as they type, labelled as our rules' suggestions. In Chromium and Firefox.
import { expect, test } from 'vitest';
import { mirrorOfApps, sampleApplication } from '../extension/browser-helpers.ts';
import { describeViolations } from '../harness/axe.ts';
import { eachBrowser } from '../harness/each-browser.ts';
import type { Tab } from '../harness/tab.ts';

const PARAGRAPH = 'We planned the commissioning programme and budget for the new substation. The relays were tested by the site team.';
const section = (tab: Tab) => tab.get('complementary', 'ProReg Companion').get('region', 'Suggestions from our rules');

/** Puts the caret at the end of Personal Achievements, as a click into it would. */
async function intoAchievements(tab: Tab): Promise<void> {
  await tab.get('textbox', 'Personal Achievements').focus();
  await tab.press('End');
}

eachBrowser((companion) => {
  test('typing in a role field shows, after a pause, the competences its words may evidence and the level marks, as our suggestions', async () => {
    const c = companion();
    await c.setStorage({ mirror: mirrorOfApps([sampleApplication()]) });
    const tab = await c.openFixture('role');
    await section(tab).waitFor();
    // Nothing is read before the applicant types.
    expect(await tab.companionText()).not.toMatch(/you wrote|Level check/);

    await intoAchievements(tab);
    await tab.type(PARAGRAPH);
    await section(tab).shows(`Read from Personal Achievements (${PARAGRAPH.length} characters) at the CEng level.`);
    // The competences, each with the words that triggered it and what they show.
    await section(tab).shows('C1: you wrote “planned the commissioning programme and budget” (planning how the work is delivered)');
    await section(tab).shows('C2: you wrote “planned the commissioning programme and budget”');
    // The red pen: "we" where the panel needs "I", and a passive that hides who acted, each with why and how to fix it.
    await section(tab).shows('“We” instead of “I” (“We”). The panel assesses what you did yourself.');
    await section(tab).shows('Who did this? (“were tested”).');
    await section(tab).shows('How to fix it: Write “I” for what you did');
    // Said for what it is.
    await section(tab).shows('suggestions from ProReg Companion’s own rules');
    await section(tab).shows('not the panel’s judgement');
    await expect(section(tab).get('status').text()).resolves.toBe('2 competences suggested, 2 marks of the level check.');

    // Live: the applicant rewrites "We" as "I" and the mark goes, the count follows.
    // To the start of the text (it wraps onto a second line), then "We" becomes "I".
    await tab.press('ArrowUp');
    await tab.press('ArrowUp');
    await tab.press('Home');
    await tab.press('Delete');
    await tab.press('Delete');
    await tab.type('I');
    await section(tab).shows(`Read from Personal Achievements (${PARAGRAPH.length - 1} characters)`);
    await expect(section(tab).text()).resolves.not.toContain('“We” instead of “I”');
    await section(tab).shows('Who did this?');

    const violations = await tab.axe();
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(tab.errors).toEqual([]);
    expect(c.outbound).toEqual([]);
  });

  test("the page's own script cannot make the companion read a field: only the applicant's typing does", async () => {
    const c = companion();
    await c.setStorage({ mirror: mirrorOfApps([sampleApplication()]) });
    const tab = await c.openFixture('role');
    await section(tab).waitFor();
    // The page writes into the field and fires the events typing would (untrusted).
    await tab.evaluate((text) => {
      const field = document.getElementById('f_ach') as HTMLTextAreaElement;
      field.value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new InputEvent('input', { bubbles: true, data: '.', inputType: 'insertText' }));
    }, PARAGRAPH);
    // Well past the pause after which typing is read.
    await new Promise((r) => setTimeout(r, 1500));
    expect(await section(tab).text()).not.toMatch(/you wrote|Level check|characters/);
    // The applicant's own key press reads the same text.
    await intoAchievements(tab);
    await tab.type(' ');
    await section(tab).shows('C1: you wrote “planned the commissioning programme and budget”');
  });

  test('with no workbook mirror the category is unknown, and the companion says so instead of guessing a level', async () => {
    const c = companion();
    await c.setStorage({ mirror: null });
    const tab = await c.openFixture('role');
    await section(tab).waitFor();
    await intoAchievements(tab);
    await tab.type(PARAGRAPH);
    await section(tab).shows('The category you are applying for is unknown here, so no suggestions are made');
    await section(tab).shows(`Read from Personal Achievements (${PARAGRAPH.length} characters).`);
    expect(await section(tab).text()).not.toMatch(/you wrote|Level check/);
  });
});
