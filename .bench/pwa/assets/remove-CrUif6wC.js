import { t } from './database-B77HwGRQ.js';
import { i as e } from './format-BjMXmgXJ.js';
import { a as n } from './index-oQTK9Mdi.js';
async function r(n) {
  const r = new Set();
  return (
    await t.applications.each((t) => {
      for (const n of e(t)) r.add(n);
    }),
    [...n].filter((e) => !r.has(e))
  );
}
function i(i) {
  return n(() =>
    t.transaction(`rw`, [t.applications, t.blobs, t.comments], async () => {
      await t.applications.delete(i.id),
        await t.comments.where(`applicationId`).equals(i.id).delete(),
        await t.blobs.bulkDelete(await r(e(i)));
    }),
  );
}
export { i as deleteApplication };
