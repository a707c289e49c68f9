// The popup's "Use this workbook": offered for a workbook tab at an address the companion does not
// use yet, as the folder it is served from; never for a plain http site, Career Manager, another
// page, or the workbook already set.
import { expect, test } from 'vitest';
import { workbookOffer } from '../../extension/popup/offer.ts';
import { DEFAULT_SETTINGS } from '../../extension/shared/settings.ts';

const title = 'ProReg Companion';

test('a workbook tab served under a sub-path of an https host is offered as that folder', () => {
  expect(workbookOffer({ url: 'https://tools.example.org/teams/proreg/#/app/x/overview', title }, DEFAULT_SETTINGS)).toBe(
    'https://tools.example.org/teams/proreg/',
  );
  expect(workbookOffer({ url: 'https://tools.example.org/teams/proreg/index.html', title }, DEFAULT_SETTINGS)).toBe(
    'https://tools.example.org/teams/proreg/',
  );
  // On this computer, http is accepted for localhost and 127.0.0.1 (another port than the default).
  expect(workbookOffer({ url: 'http://localhost:5000/', title }, DEFAULT_SETTINGS)).toBe('http://localhost:5000/');
  expect(workbookOffer({ url: 'http://127.0.0.1:8080/', title }, DEFAULT_SETTINGS)).toBe('http://127.0.0.1:8080/');
  // Every screen names itself before the product's name: the offer holds on any of them.
  for (const screen of ['Settings — ProReg Companion', 'Overview — ProReg Companion', 'Your applications — ProReg Companion']) {
    expect(workbookOffer({ url: 'https://tools.example.org/proreg/#/settings', title: screen }, DEFAULT_SETTINGS)).toBe(
      'https://tools.example.org/proreg/',
    );
  }
});

test('nothing is offered for plain http elsewhere, other pages, Career Manager, or the workbook already set', () => {
  expect(workbookOffer({ url: 'http://tools.example.org/proreg/', title }, DEFAULT_SETTINGS)).toBeNull();
  expect(workbookOffer({ url: 'https://tools.example.org/proreg/', title: 'Team wiki' }, DEFAULT_SETTINGS)).toBeNull();
  expect(workbookOffer({ url: 'https://careermanager.theiet.org/', title }, DEFAULT_SETTINGS)).toBeNull();
  expect(workbookOffer({ url: 'http://127.0.0.1:4173/#/settings', title }, DEFAULT_SETTINGS)).toBeNull();
  const set = { ...DEFAULT_SETTINGS, workbookUrl: 'https://tools.example.org/teams/proreg/' };
  expect(workbookOffer({ url: 'https://tools.example.org/teams/proreg/', title }, set)).toBeNull();
  // Without activeTab's grant the browser gives the popup no address: nothing to offer.
  expect(workbookOffer({ title }, DEFAULT_SETTINGS)).toBeNull();
  expect(workbookOffer(undefined, DEFAULT_SETTINGS)).toBeNull();
});
