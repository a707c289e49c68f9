import { i as n, s as r } from './index-oQTK9Mdi.js';
import { c as e, u as t } from './shell-DICWaD9d.js';
function i(i, a, o) {
  const s = e(o);
  return (
    t(() => {
      const e = i().subscribe({
        next: (e) => {
          s.value = e;
        },
        error: (e) => {
          r.value = n(e);
        },
      });
      return () => e.unsubscribe();
    }, a),
    s
  );
}
export { i as t };
