if (!self.define) {
  let s,
    e = {};
  const l = (l, n) => (
    (l = new URL(l + '.js', n).href),
    e[l] ||
      new Promise((e) => {
        if ('document' in self) {
          const s = document.createElement('script');
          (s.src = l), (s.onload = e), document.head.appendChild(s);
        } else (s = l), importScripts(l), e();
      }).then(() => {
        const s = e[l];
        if (!s) throw new Error(`Module ${l} didn’t register its module`);
        return s;
      })
  );
  self.define = (n, i) => {
    const r = s || ('document' in self ? document.currentScript.src : '') || location.href;
    if (e[r]) return;
    const u = {};
    const a = (s) => l(s, r),
      t = { module: { uri: r }, exports: u, require: a };
    e[r] = Promise.all(n.map((s) => t[s] || a(s))).then((s) => (i(...s), u));
  };
}
define(['./workbox-2fbc6a65'], (s) => {
  self.addEventListener('message', (s) => {
    s.data && 'SKIP_WAITING' === s.data.type && self.skipWaiting();
  }),
    s.precacheAndRoute(
      [
        { url: 'manifest.webmanifest', revision: '993e8593b91ae51c772d10b602c64012' },
        { url: 'index.html', revision: '521ba026ca3a1a45c8e2ee7fe25e2b63' },
        { url: 'icons/maskable-512.png', revision: 'a8c9c7a6760a3d33861e46cc481f7ee7' },
        { url: 'icons/icon-512.png', revision: '83ec9df85d2ca11b426f79c15b746a06' },
        { url: 'icons/icon-192.png', revision: 'aa96567cfcd82acca58264eda6caa820' },
        { url: 'assets/workbox-window.prod.es5-Bd17z0YL.js', revision: null },
        { url: 'assets/submit-Ct7NuoZH.js', revision: null },
        { url: 'assets/store-DOvgdwdx.js', revision: null },
        { url: 'assets/storage-BZmjySXW.js', revision: null },
        { url: 'assets/steps-DdJx-lgL.js', revision: null },
        { url: 'assets/steps-D0sI2dC8.js', revision: null },
        { url: 'assets/step-words-BbxjXgYH.js', revision: null },
        { url: 'assets/start-Dp0UCpMS.js', revision: null },
        { url: 'assets/start-Ci6MkAlZ.js', revision: null },
        { url: 'assets/shell-DICWaD9d.js', revision: null },
        { url: 'assets/sha2-HFX2l_mk.js', revision: null },
        { url: 'assets/rolldown-runtime-XKyaHtl9.js', revision: null },
        { url: 'assets/reviews-DBMJmYnn.js', revision: null },
        { url: 'assets/review-CdZV7jUz.js', revision: null },
        { url: 'assets/remove-CrUif6wC.js', revision: null },
        { url: 'assets/register-BD-KTTQv.js', revision: null },
        { url: 'assets/observations-COD_k1fw.js', revision: null },
        { url: 'assets/megabytes-DhPoBEiT.js', revision: null },
        { url: 'assets/live-LaEoI2N9.js', revision: null },
        { url: 'assets/limitLabels-CIvMHvdM.js', revision: null },
        { url: 'assets/index-oQTK9Mdi.js', revision: null },
        { url: 'assets/index-D7dgJ1U_.css', revision: null },
        { url: 'assets/html-D2VNxU2D.js', revision: null },
        { url: 'assets/hashing-CCuCJeWC.js', revision: null },
        { url: 'assets/hash-ZqfshFzO.js', revision: null },
        { url: 'assets/gates-BTsHQrib.js', revision: null },
        { url: 'assets/format-CWqq_xR4.js', revision: null },
        { url: 'assets/format-BjMXmgXJ.js', revision: null },
        { url: 'assets/exportData-Bujim8mI.js', revision: null },
        { url: 'assets/exchange-ByCe4PxN.css', revision: null },
        { url: 'assets/exchange-BKzd8hBR.js', revision: null },
        { url: 'assets/escape-BjgwEG9x.js', revision: null },
        { url: 'assets/edit-B954PyqS.js', revision: null },
        { url: 'assets/edit-B0vVxUDk.js', revision: null },
        { url: 'assets/draft-DXcTMzNO.js', revision: null },
        { url: 'assets/download-CMjGQL_y.js', revision: null },
        { url: 'assets/dist-rV10dAIq.js', revision: null },
        { url: 'assets/digest-BosQXNlB.js', revision: null },
        { url: 'assets/database-B77HwGRQ.js', revision: null },
        { url: 'assets/create-BKwVklTC.js', revision: null },
        { url: 'assets/connected-BVZ3us7a.js', revision: null },
        { url: 'assets/category-change-CeRYqZFh.js', revision: null },
        { url: 'assets/canonical-C2h3-pTF.js', revision: null },
        { url: 'assets/ValidateScreen-BsAItr9n.js', revision: null },
        { url: 'assets/SettingsScreen-QNODDHyQ.js', revision: null },
        { url: 'assets/PanellingScreen-CBQ7VPQN.js', revision: null },
        { url: 'assets/OverviewScreen-CIGytlHM.js', revision: null },
        { url: 'assets/ImportScreen-BNFcbJ2D.js', revision: null },
        { url: 'assets/DocumentsScreen-VdE8AtNL.js', revision: null },
        { url: 'assets/ConfirmDialog-B7EzWCiP.js', revision: null },
        { url: 'assets/ConfirmAction-CWpnJMDC.js', revision: null },
        { url: 'assets/CommentsFor-CYD7rluB.js', revision: null },
        { url: 'assets/CommentItems-CD5AkkTo.js', revision: null },
        { url: 'assets/ChecklistScreen-Bk3ZLRE3.js', revision: null },
        { url: 'assets/CareerScreen-BqzpCVNh.js', revision: null },
        { url: 'assets/BackupReminder-CJQNmyf1.js', revision: null },
        { url: 'assets/BackupButton-mj1fO3pV.js', revision: null },
        { url: 'assets/ApplicationScreens-DaVAu4KY.js', revision: null },
        { url: 'assets/ApplicationReader-BKsDaCvO.js', revision: null },
        { url: 'assets/ApplicationExchange-tqTHsnwZ.js', revision: null },
        { url: 'icons/icon-192.png', revision: 'aa96567cfcd82acca58264eda6caa820' },
        { url: 'icons/icon-512.png', revision: '83ec9df85d2ca11b426f79c15b746a06' },
        { url: 'icons/maskable-512.png', revision: 'a8c9c7a6760a3d33861e46cc481f7ee7' },
        { url: 'manifest.webmanifest', revision: '993e8593b91ae51c772d10b602c64012' },
      ],
      {},
    ),
    s.cleanupOutdatedCaches(),
    s.registerRoute(new s.NavigationRoute(s.createHandlerBoundToURL('index.html')));
});
