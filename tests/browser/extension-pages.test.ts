// The overlay on every Career Manager page of the path, in real Chromium and Firefox with the built extension.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURE_PAGES, FIXTURES, kindOf } from '../extension/fixture-dom.ts';
import { axeViolations, describeViolations } from '../harness/axe.ts';
import { eachBrowser } from '../harness/each-browser.ts';
import type { Tab } from '../harness/tab.ts';

const panel = (tab: Tab) => tab.get('complementary', 'ProReg Companion');

eachBrowser((companion) => {
  test('every fixture page is recognised as itself, and an unknown page gets no overlay and no error', async () => {
    const c = companion();
    const tab = await c.newTab();
    for (const { name } of FIXTURE_PAGES) {
      await c.openFixture(name, tab);
      const kind = await tab.recognised();
      if (kindOf(name) === null) {
        expect(kind, name).toBe('none');
        await expect(panel(tab).count()).resolves.toBe(0);
      } else {
        expect(kind, name).toBe(kindOf(name));
        await panel(tab).waitFor();
        await tab.companionShows(/Step \d+ of 10: /);
        expect((await tab.companionText()).match(/Step \d+ of 10: /g), name).toHaveLength(1);
      }
    }
    expect(tab.errors).toEqual([]);
    expect(c.outbound).toEqual([]);
  });

  test('the checklist overlay counts the mandatory items the page shows as incomplete, and follows changes', async () => {
    const tab = await companion().openFixture('checklist');
    await tab.companionShows('4 of 6 mandatory items are open.');
    await tab.companionShows('Step 3 of 10: Registration checklist');
    const list = panel(tab).get('region', 'Still to do on this page').get('listitem');
    // Every mandatory row, with the status understood, so a misreading shows at a glance.
    await expect(list.texts()).resolves.toEqual([
      'Personal Details — complete',
      'Membership — complete',
      "Qualifications — still to do (Not started) I've done this",
      "Career History — still to do (In progress) I've done this",
      "Professional Development — still to do (Not started) I've done this",
      "Consulted a Professional Registration Adviser — still to do (Not started) I've done this",
    ]);
    // The applicant completes an item in Career Manager; the page updates in place.
    await tab.evaluate(() => {
      const row = [...document.querySelectorAll('tr')].find((tr) => tr.textContent?.includes('Qualifications'))!;
      row.querySelectorAll('td')[1]!.textContent = 'Complete';
    });
    await tab.companionShows('3 of 6 mandatory items are open.');
  });

  test("a row title or status that leaves a bidi override open cannot reverse the companion's words after it", async () => {
    const c = companion();
    const fixture = readFileSync(join(FIXTURES, 'checklist.html'), 'utf8');
    const crafted = fixture.replace('>Qualifications<', '>Qualifications\u202e<').replace('Not started</td>', 'Not started\u202e</td>');
    expect(crafted).not.toBe(fixture);
    const tab = await c.open(c.publish('/professional-registration/application/checklist-bidi', crafted));
    await tab.companionShows('4 of 6 mandatory items are open.');
    const items = await panel(tab).get('region', 'Still to do on this page').get('listitem').texts();
    // The override is closed (U+202C) right after the page's words, before the companion's own.
    expect(items).toContain("Qualifications\u202e\u202c — still to do (Not started\u202e\u202c) I've done this");
  });

  test('the documents overlay counts mandatory documents not yet uploaded', async () => {
    const tab = await companion().openFixture('documents');
    await tab.companionShows('1 of 2 mandatory documents is open.');
    await expect(panel(tab).get('listitem').texts()).resolves.toEqual([
      "Accountability Diagram — still to do (Not uploaded) I've done this",
      'Higher Education Certificates — complete',
    ]);
  });

  test('negated statuses read as open, and rows it cannot read are said to be unread, never complete', async () => {
    const c = companion();
    const negated = await c.openFixture('checklist--negated');
    await negated.companionShows('5 of 6 mandatory items are open.');
    await expect(panel(negated).get('region', 'Still to do on this page').get('listitem').texts()).resolves.toContain(
      "Membership — still to do (Not complete) I've done this",
    );
    const unread = await c.openFixture('checklist--unread', negated);
    await unread.companionShows('2 of 6 mandatory items are open; 2 I could not read.');
    await expect(panel(unread).get('region', 'Still to do on this page').get('listitem').texts()).resolves.toEqual([
      'Personal Details — complete',
      "Membership — could not read (Under review) I've done this",
      "Qualifications — could not read (no status shown) I've done this",
      "Career History — still to do (Not started) I've done this",
      'Professional Development — complete',
      "Consulted a Professional Registration Adviser — still to do (Not started) I've done this",
    ]);
    expect(await unread.companionText()).not.toMatch(/all .* complete/i);
  });

  test('uploads shown as file inputs and links still get the documents companion', async () => {
    const tab = await companion().openFixture('documents--files');
    expect(await tab.recognised()).toBe('documents');
    await tab.companionShows('1 of 2 mandatory documents is open.');
  });

  test('a page that looks like two kinds gets only the plain panel, with nothing added to the page', async () => {
    const c = companion();
    // Validate / Verify with neither Lock nor Unlock: whether it is locked cannot be told.
    const tab = await c.openFixture('validate-unlocked');
    await tab.get('button', 'Lock application').waitFor();
    await tab.evaluate(() => document.querySelector('main form')?.remove());
    await tab.waitForFunction(() => document.documentElement.dataset.proregPage === 'ambiguous');
    await tab.companionShows('Validate / Verify (not locked) or Validate / Verify (locked)? It shows signs of more than one');
    const shown = await tab.companionText();
    expect(shown).not.toMatch(/About this step/);
    expect(await tab.evaluate(() => document.querySelectorAll('proreg-hint').length)).toBe(0);
  });

  test('the orange marker is read when it decides the page: the check list with no tab selected is recognised by it, and without it gets nothing', async () => {
    const c = companion();
    // Heading, title and the section tabs make four points; the orange "Mandatory" marker is the fifth.
    const html = readFileSync(join(FIXTURES, 'checklist.html'), 'utf8').replaceAll('aria-selected="true"', 'aria-selected="false"');
    const tab = await c.open(c.publish('/marker/orange', html));
    expect(await tab.recognised()).toBe('checklist');
    await tab.companionShows('4 of 6 mandatory items are open.');
    // The same page with its marker drawn in the text colour: not enough evidence, so no overlay.
    await c.open(c.publish('/marker/plain', html.replace(/#c25100|#e87722/g, '#1d1d1b')), tab);
    expect(await tab.recognised()).toBe('none');
    await expect(panel(tab).count()).resolves.toBe(0);
    expect(tab.errors).toEqual([]);
  });

  test('"I\'ve done this" marks a row the page does not show as done: counted apart, never as complete, and remembered', async () => {
    const c = companion();
    const tab = await c.openFixture('checklist');
    const list = panel(tab).get('region', 'Still to do on this page');
    await tab.companionShows('4 of 6 mandatory items are open.');
    // Completed rows offer no mark; open ones do.
    await expect(list.get('button', "I've done this: Personal Details").count()).resolves.toBe(0);
    await list.get('button', "I've done this: Qualifications").click();
    await tab.companionShows('3 of 6 mandatory items are open; 1 you marked as done.');
    await expect(list.get('listitem').texts()).resolves.toContain('Qualifications — you marked this done (Not started) Not done yet');
    // Focus stays on the row's control, now offering to take the mark back.
    await expect(tab.focused()).resolves.toBe('Not done yet: Qualifications');
    // Remembered for this page and row title.
    await expect.poll(() => c.storage('marks')).toEqual({ checklist: ['Qualifications'] });
    await tab.reload();
    await tab.companionShows('3 of 6 mandatory items are open; 1 you marked as done.');
    // Marking every open row still never reads as "all complete".
    for (const title of ['Career History', 'Professional Development', 'Consulted a Professional Registration Adviser']) {
      await list.get('button', `I've done this: ${title}`).click();
    }
    await tab.companionShows('2 of 6 mandatory items read as complete; 4 you marked as done.');
    expect(await tab.companionText()).not.toMatch(/all .* complete/i);
    // Taken back from the keyboard.
    for (const title of ['Qualifications', 'Career History', 'Professional Development', 'Consulted a Professional Registration Adviser']) {
      await list.get('button', `Not done yet: ${title}`).focus();
      await tab.press('Enter');
    }
    await tab.companionShows('4 of 6 mandatory items are open.');
    await expect.poll(() => c.storage('marks')).toEqual({ checklist: [] });
  });

  test('"This page looks wrong" shows the page\'s shape, with no personal text, before anything is saved', async () => {
    const c = companion();
    const tab = await c.openFixture('checklist--unread');
    await tab.companionShows('2 of 6 mandatory items are open; 2 I could not read.');
    // What the page shows of the applicant: their name and email in the header, a note they typed.
    await tab.evaluate(() => {
      document.querySelector('header')!.append(' Signed in as Aoife Ní Bhriain (aoife.nibhriain@example.org)');
      const note = document.createElement('textarea');
      note.value = 'My interview is on 3 March with Northbridge Rail';
      document.querySelector('main')!.append(note);
    });
    await panel(tab).get('button', 'This page looks wrong').click();
    const shown = await c.inExtensionPage<string>(
      'extension/shape/index.html',
      `for (let i = 0; i < 100 && !document.querySelector('pre'); i++) await new Promise((r) => setTimeout(r, 100));
       return document.querySelector('main').innerText;`,
    );
    expect(shown).toMatch(/Nothing is sent anywhere/);
    const file = JSON.parse(shown.slice(shown.indexOf('{')));
    expect(file.format).toBe('proreg-page-shape');
    expect(file.reading.recognition.kind).toBe('checklist');
    expect(file.reading.rows).toContainEqual({ title: 'Membership', mandatory: true, status: 'unknown', statusText: 'Under review' });
    for (const personal of ['Aoife', 'Bhriain', 'aoife.nibhriain', 'Northbridge', 'interview']) expect(shown).not.toContain(personal);
    // Only Chromium's driver sees downloads: the saved file is the one shown.
    if (c.chromium) {
      const viewer = c.chromium.context.pages().find((p) => p.url().includes('extension/shape/index.html'))!;
      const [download] = await Promise.all([
        viewer.waitForEvent('download'),
        viewer.getByRole('button', { name: 'Save the file' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^proreg-page-shape-\d{4}-\d{2}-\d{2}\.json$/);
      const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
      expect(saved).toEqual(file);
      await viewer.getByRole('status').waitFor();
      const violations = await axeViolations(viewer);
      expect(violations, describeViolations(violations)).toEqual([]);
      await viewer.close();
    } else {
      await c.inExtensionPage('extension/shape/index.html', 'window.close();');
    }
  });

  test('a guidance hint sits beside each checklist item and opens from the keyboard', async () => {
    const tab = await companion().openFixture('checklist');
    // One hint per row of the checklist.
    await tab.waitForFunction(() => document.querySelectorAll('proreg-hint').length === document.querySelectorAll('main tbody tr').length);
    const subject = 'Consulted a Professional Registration Adviser';
    // What the hint shows as rendered: closed, only its summary line.
    const shown = (s: string) => tab.companionText(`Guidance on ${s}`);
    const closed = await shown(subject);
    expect(closed.replace(/\s+/g, ' ')).toBe(`Guidance on ${subject}`);
    // Focus the hint's summary as Tab would, then open it with Enter.
    await tab.inCompanion((roots, want) => {
      roots
        .find((r) => r.textContent?.includes(`Guidance on ${want}`))
        ?.querySelector('summary')
        ?.focus();
    }, subject);
    await tab.press('Enter');
    const opened = await shown(subject);
    expect(opened.startsWith(closed)).toBe(true);
    expect(opened.slice(closed.length)).toMatch(/Professional Registration Adviser/);
  });

  test('the overlay collapses and expands from the keyboard', async () => {
    const tab = await companion().openFixture('checklist');
    await panel(tab).get('button', 'Hide guidance').focus();
    await tab.press('Enter');
    const show = panel(tab).get('button', 'Show guidance');
    await expect(show.attribute('aria-expanded')).resolves.toBe('false');
    await expect(tab.companionText()).resolves.not.toContain('4 of 6 mandatory items are open.');
    await tab.press('Enter');
    await tab.companionShows('4 of 6 mandatory items are open.');
  });

  test('the overlay and the hints pass axe-core on every recognised page', async () => {
    const c = companion();
    const tab = await c.newTab();
    // Each page kind once, and the overlay's "could not read" state.
    for (const { name } of FIXTURE_PAGES.filter((p) => p.name === kindOf(p.name) || p.name === 'checklist--unread')) {
      await c.openFixture(name, tab);
      await panel(tab).waitFor();
      // Open every hint so their contents are checked too.
      await tab.inCompanion((roots) => {
        for (const root of roots) root.querySelector('details')?.setAttribute('open', '');
      }, null);
      const violations = await tab.axe();
      expect(violations, `${name}:\n${describeViolations(violations)}`).toEqual([]);
    }
  });

  test('a content script left over after an update stands down when a newer one claims the page', async () => {
    const tab = await companion().openFixture('checklist');
    await panel(tab).waitFor();
    await tab.evaluate(() => {
      document.documentElement.dataset.proregCompanionInstance = '9.9.9#newer';
      document.dispatchEvent(new Event('proreg-companion:takeover'));
    });
    await tab.waitForFunction(() => !document.querySelector('proreg-companion') && !document.querySelector('proreg-hint'));
  });
});
