import { n as l } from './CommentsFor-CYD7rluB.js';
import { n as u } from './draft-DXcTMzNO.js';
import { r as n } from './edit-B954PyqS.js';
import { b as a, x as c, S as i, g as o, C as r, w as s } from './index-oQTK9Mdi.js';
import { s as e, u as t } from './shell-DICWaD9d.js';
function d({ id: d, screen: f }) {
  const p = u(d),
    m = p.app.value,
    h = s[f];
  return (
    t(() => {
      document.title = `${c[f]} — ProReg Companion`;
    }, [f]),
    m === void 0
      ? e(`p`, { children: `Loading…` })
      : m === null
        ? e(`section`, {
            'aria-labelledby': `missing-title`,
            children: [
              e(`h2`, { id: `missing-title`, children: `Application not found` }),
              e(`p`, {
                children: [
                  `This application is not on this device (it may have been deleted in another tab).`,
                  ` `,
                  e(`a`, { href: i({ name: `applications` }), children: `Back to your applications` }),
                ],
              }),
            ],
          })
        : e(`div`, {
            class: `application`,
            children: [
              e(`p`, {
                class: `app-name`,
                children: [
                  e(`strong`, { children: m.name }),
                  ` · `,
                  m.category,
                  ` · `,
                  r[m.stage],
                  e(`span`, { class: p.saving.value ? `saving` : `saving idle`, children: ` · Saving…` }),
                ],
              }),
              e(`nav`, {
                'aria-label': `Application sections`,
                children: e(`ul`, {
                  children: a.map((t) =>
                    e(
                      `li`,
                      {
                        children: e(`a`, {
                          href: i({ name: `app`, id: d, screen: t }),
                          'aria-current': t === f ? `page` : void 0,
                          children: c[t],
                        }),
                      },
                      t,
                    ),
                  ),
                }),
              }),
              n(m) &&
                f !== `validate` &&
                f !== `exchange` &&
                e(`p`, {
                  class: `note`,
                  children: `This application has been submitted, so it can no longer be changed. Record what happens next under Validate and verify.`,
                }),
              e(`div`, {
                role: `alert`,
                children: e(o, { reasons: p.refusedAt.value === null ? p.refused.value : [], title: `That change was not made:` }),
              }),
              e(`section`, {
                'aria-labelledby': `screen-title`,
                children: [
                  e(`h2`, { id: `screen-title`, children: c[f] }),
                  e(l, { applicationId: d, children: e(h, { draft: p, app: m }) }),
                ],
              }),
            ],
          })
  );
}
export { d as ApplicationScreens };
