import { t as n } from './database-B77HwGRQ.js';
import { t } from './digest-BosQXNlB.js';
import { i as e } from './format-BjMXmgXJ.js';
import { t as r } from './reviews-DBMJmYnn.js';
import { t as i } from './store-DOvgdwdx.js';
async function a(t) {
  const r = new Map();
  for (const n of t) {
    const t = [
      ...Object.values(n.documents),
      ...Object.values(n.lock?.content.documents ?? {}),
      ...n.history.flatMap((e) => (e.type === `unlocked` ? Object.values(e.snapshot.content.documents) : [])),
    ];
    for (const e of t) r.has(e.blobId) || r.set(e.blobId, { name: e.name, mime: e.mime });
    for (const t of e(n)) r.has(t) || r.set(t, { name: t, mime: `` });
  }
  const i = [...r.keys()],
    a = await n.blobs.bulkGet(i),
    o = new Map();
  for (const [e, t] of a.entries()) t && o.set(i[e], { ...r.get(i[e]), blob: t.blob });
  return o;
}
async function o() {
  const e = new Map();
  for (const t of await n.comments.orderBy(`id`).toArray()) {
    const n = e.get(t.applicationId) ?? [];
    n.push(t.data), e.set(t.applicationId, n);
  }
  return e;
}
async function s() {
  return {
    applications: await n.applications.toArray(),
    reviews: (await n.reviews.toArray()).map((e) => ({ id: e.id, updatedAt: e.updatedAt, ...e.data })),
    comments: await o(),
  };
}
async function c(e) {
  await n.settings.put({ key: i, value: e });
}
async function l(e) {
  return (await n.applications.bulkGet(e.map((e) => e.application.id))).filter((e) => e !== void 0);
}
async function u(e, r) {
  const i = [...r.keys()],
    a = await n.blobs.bulkGet(i),
    o = [];
  for (const [n, r] of a.entries()) {
    if (!r) continue;
    const a = i[n],
      s = e.flatMap((e) => Object.entries(e.attachments)).find(([e]) => e === a)?.[1];
    (s && r.blob.size === s.size && (await t(new Uint8Array(await r.blob.arrayBuffer()))) === s.sha256) || o.push(a);
  }
  return o;
}
function d(e, t = new Set()) {
  let n = `${e} (imported copy)`;
  for (let r = 2; t.has(n); r++) n = `${e} (imported copy ${r})`;
  return n;
}
async function f(t, i, a, o = [], s = () => crypto.randomUUID()) {
  const c = await u(t, i),
    l = [];
  return (
    await n.transaction(`rw`, [n.applications, n.blobs, n.comments, n.reviews], async () => {
      const u = await n.applications.toArray(),
        f = new Map(u.map((e) => [e.id, e])),
        p = t.map((e) => e.application);
      for (const i of p) {
        const o = f.get(i.id),
          m = o !== void 0 && a === `replace`;
        for (const t of e(i))
          if (c.includes(t) && !(m && e(o).has(t)))
            throw Error(
              `A document in this file uses the storage id ${t}, which already holds a different file in your workbook. Nothing was imported.`,
            );
        let h = i;
        if ((o && a === `keep-both` && (h = { ...i, id: s(), name: d(i.name, new Set([...f.values()].map((e) => e.name))) }), m)) {
          const t = new Set(e(i));
          for (const n of u) if (n.id !== i.id) for (const r of e(n)) t.add(r);
          for (const n of p) for (const r of e(n)) t.add(r);
          await n.blobs.bulkDelete([...e(o)].filter((e) => !t.has(e)));
        }
        await n.applications.put(h), m && (await n.comments.where(`applicationId`).equals(i.id).delete());
        const g = t.find((e) => e.application === i)?.comments ?? [];
        await n.comments.bulkPut(g.map((e) => ({ id: r(h.id, e.reviewId, e.comment.id), applicationId: h.id, data: e }))),
          f.set(h.id, h),
          l.push(h.id);
      }
      await n.blobs.bulkPut([...i].map(([e, t]) => ({ id: e, blob: t })));
      for (const { id: e, updatedAt: t, source: r, review: i } of o) {
        const o = (await n.reviews.get(e)) !== void 0 && a === `keep-both` ? s() : e;
        await n.reviews.put({ id: o, updatedAt: t, data: { source: r, review: o === e ? i : { ...i, id: o } } });
      }
    }),
    { ids: l }
  );
}
export { a as i, c as o, f as t, l as a, o as r, s as n };
