import { n as e } from './rolldown-runtime-XKyaHtl9.js';
var t = BigInt(2 ** 32 - 1),
  n = BigInt(32);
function r(e, r = !1) {
  return r ? { h: Number(e & t), l: Number((e >> n) & t) } : { h: Number((e >> n) & t) | 0, l: Number(e & t) | 0 };
}
function i(e, t = !1) {
  const n = e.length,
    i = new Uint32Array(n),
    a = new Uint32Array(n);
  for (let o = 0; o < n; o++) {
    const { h: n, l: s } = r(e[o], t);
    [i[o], a[o]] = [n, s];
  }
  return [i, a];
}
var a = (e) => (e / 2 ** 32) | 0,
  o = (e) => e >>> 0;
function s(e, t, n, r) {
  const i = a(n),
    s = o(n);
  e.setUint32(t, r ? s : i, r), e.setUint32(t + 4, r ? i : s, r);
}
var c = (e, t, n) => e >>> n,
  l = (e, t, n) => (e << (32 - n)) | (t >>> n),
  u = (e, t, n) => (e >>> n) | (t << (32 - n)),
  d = (e, t, n) => (e << (32 - n)) | (t >>> n),
  f = (e, t, n) => (e << (64 - n)) | (t >>> (n - 32)),
  p = (e, t, n) => (e >>> (n - 32)) | (t << (64 - n));
function m(e, t, n, r) {
  const i = (t >>> 0) + (r >>> 0);
  return { h: (e + n + ((i / 2 ** 32) | 0)) | 0, l: i | 0 };
}
var h = (e, t, n) => (e >>> 0) + (t >>> 0) + (n >>> 0),
  ee = (e, t, n, r) => (t + n + r + ((e / 2 ** 32) | 0)) | 0,
  g = (e, t, n, r) => (e >>> 0) + (t >>> 0) + (n >>> 0) + (r >>> 0),
  _ = (e, t, n, r, i) => (t + n + r + i + ((e / 2 ** 32) | 0)) | 0,
  te = (e, t, n, r, i) => (e >>> 0) + (t >>> 0) + (n >>> 0) + (r >>> 0) + (i >>> 0),
  ne = (e, t, n, r, i, a) => (t + n + r + i + a + ((e / 2 ** 32) | 0)) | 0,
  v = e({
    abool: () => S,
    abytes: () => C,
    aexists: () => O,
    ahash: () => T,
    anumber: () => x,
    aoutput: () => k,
    asyncLoop: () => le,
    byteSwap: () => F,
    byteSwap32: () => I,
    bytesToHex: () => R,
    checkOpts: () => H,
    clean: () => j,
    concatBytes: () => de,
    copyBytes: () => w,
    createHasher: () => U,
    createView: () => M,
    hexToBytes: () => ce,
    isBytes: () => y,
    isLE: () => P,
    kdfInputToBytes: () => ue,
    nextTick: () => B,
    oidNist: () => W,
    randomBytes: () => pe,
    rotl: () => ie,
    rotr: () => N,
    swap32IfBE: () => oe,
    swap8IfBE: () => ae,
    u32: () => A,
    u8: () => re,
    utf8ToBytes: () => V,
    validateObject: () => fe,
  });
function y(e) {
  return (
    e instanceof Uint8Array ||
    (ArrayBuffer.isView(e) && e.constructor.name === `Uint8Array` && `BYTES_PER_ELEMENT` in e && e.BYTES_PER_ELEMENT === 1)
  );
}
var b = (e) => (e ? `"${e}" ` : ``);
function x(e, t = ``) {
  if (typeof e != `number`) throw TypeError(b(t) + `expected number, got ` + typeof e);
  if (!Number.isSafeInteger(e) || e < 0) throw RangeError(b(t) + `expected integer >= 0, got ` + e);
  return e;
}
function S(e, t = ``) {
  if (typeof e != `boolean`) throw TypeError(b(t) + `expected boolean, got type=` + typeof e);
  return e;
}
function C(e, t, n = ``) {
  if (y(e) && (t === void 0 || e.length === t)) return e;
  t !== void 0 && x(t, `length`);
  const r = y(e),
    i = t === void 0 ? `` : ` of length ${t}`,
    a = r ? `length=${e.length}` : `type=${typeof e}`,
    o = b(n) + `expected Uint8Array` + i + `, got ` + a;
  throw r ? RangeError(o) : TypeError(o);
}
function w(e) {
  return Uint8Array.from(C(e));
}
function T(e) {
  if (typeof e != `function` || typeof e.create != `function`) throw TypeError(`expected hash wrapped by utils.createHasher`);
  if ((x(e.outputLen), x(e.blockLen), e.outputLen < 1 || e.blockLen < 1)) throw Error(`hash blockLen / outputLen must be >= 1`);
}
var E = (e, t) => {
    if (typeof e != `object` || !e || Array.isArray(e))
      throw TypeError((t === `object` ? `` : `"${t}" `) + `expected object, got type=` + typeof e);
  },
  D = (e, t) => {
    E(e, t);
    const n = Object.getPrototypeOf(e);
    if (n !== Object.prototype && n !== null) throw TypeError(`"${t}" expected plain object`);
    if (Object.hasOwn(e, `__proto__`)) throw TypeError(`"${t}.__proto__" is not allowed`);
  };
function O(e, t = !0) {
  if (e.destroyed) throw Error(`hash was destroyed`);
  if (t && e.finished) throw Error(`digest() was already called`);
}
function k(e, t) {
  C(e, void 0, `output`);
  const n = t.outputLen;
  if (!(e.length >= n)) throw RangeError(`"output" expected length >= ` + n);
}
function re(e) {
  return new Uint8Array(e.buffer, e.byteOffset, e.byteLength);
}
function A(e) {
  return new Uint32Array(e.buffer, e.byteOffset, Math.floor(e.byteLength / 4));
}
function j(...e) {
  for (let t = 0; t < e.length; t++) e[t].fill(0);
}
function M(e) {
  return new DataView(e.buffer, e.byteOffset, e.byteLength);
}
function N(e, t) {
  return (e << (32 - t)) | (e >>> t);
}
function ie(e, t) {
  return (e << t) | ((e >>> (32 - t)) >>> 0);
}
var P = new Uint8Array(new Uint32Array([287454020]).buffer)[0] === 68;
function F(e) {
  return ((e << 24) & 4278190080) | ((e << 8) & 16711680) | ((e >>> 8) & 65280) | ((e >>> 24) & 255);
}
var ae = P ? (e) => e : (e) => F(e) >>> 0;
function I(e) {
  for (let t = 0; t < e.length; t++) e[t] = F(e[t]);
  return e;
}
var oe = P ? (e) => e : I,
  L = typeof Uint8Array.from([]).toHex == `function` && typeof Uint8Array.fromHex == `function`,
  se = Array.from({ length: 256 }, (e, t) => t.toString(16).padStart(2, `0`));
function R(e) {
  if ((C(e), L)) return e.toHex();
  let t = ``;
  for (let n = 0; n < e.length; n++) t += se[e[n]];
  return t;
}
function z(e) {
  return e >= 48 && e <= 57 ? e - 48 : e >= 65 && e <= 70 ? e - 55 : e >= 97 && e <= 102 ? e - 87 : void 0;
}
function ce(e) {
  if (typeof e != `string`) throw TypeError(`hex string expected, got ` + typeof e);
  if (L)
    try {
      return Uint8Array.fromHex(e);
    } catch (e) {
      throw e instanceof SyntaxError ? RangeError(e.message) : e;
    }
  const t = e.length,
    n = t / 2;
  if (t % 2) throw RangeError(`hex string expected, got unpadded hex of length ` + t);
  const r = new Uint8Array(n);
  for (let t = 0, i = 0; t < n; t++, i += 2) {
    const n = z(e.charCodeAt(i)),
      a = z(e.charCodeAt(i + 1));
    if (n === void 0 || a === void 0) {
      const t = e[i] + e[i + 1];
      throw RangeError(`hex string expected, got non-hex character "` + t + `" at index ` + i);
    }
    r[t] = n * 16 + a;
  }
  return r;
}
function B(e) {
  const t = globalThis;
  if (typeof t.scheduler?.yield == `function`) {
    const n = t.scheduler.yield();
    return (e && n.catch(e), n);
  }
  return new Promise((e) => t.setTimeout(e, 0));
}
async function le(e, t, n, r) {
  if ((x(e, `iters`), x(t, `tick`), typeof n != `function`)) throw TypeError(`callback must be a function`);
  let i = Date.now();
  for (let a = 0; a < e; a++) {
    n(a);
    const e = Date.now() - i;
    (e >= 0 && e < t) || (await B(r), (i = Date.now()));
  }
}
function V(e) {
  if (typeof e != `string`) throw TypeError(`string expected`);
  const t = new TextEncoder().encode(e);
  try {
    return new Uint8Array(t);
  } finally {
    j(t);
  }
}
function ue(e, t = ``) {
  return typeof e == `string` ? V(e) : C(e, void 0, t);
}
function de(...e) {
  let t = 0;
  for (let n = 0; n < e.length; n++) {
    const r = e[n];
    C(r), (t += r.length);
  }
  const n = new Uint8Array(t);
  for (let t = 0, r = 0; t < e.length; t++) {
    const i = e[t];
    n.set(i, r), (r += i.length);
  }
  return n;
}
var fe = (e, t = {}, n = {}, r = `object`) => {
  E(e, r), E(t, `fields`), E(n, `optFields`);
  function i(t, n, i) {
    const a = r === `object` ? `param "${String(t)}"` : `"${r}.${String(t)}"`,
      o = e[t];
    if (!Object.hasOwn(e, t) && (i ? o !== void 0 : n !== `function`)) throw TypeError(`${a} is invalid: expected own property`);
    if (i && o === void 0) return;
    const s = typeof o;
    if (s !== n || o === null) throw TypeError(`${a} is invalid: expected ${n}, got ${s}`);
  }
  const a = (e, t) => Object.entries(e).forEach(([e, n]) => i(e, n, t));
  a(t, !1), a(n, !0);
};
function H(e, t, n = `opts`) {
  return (D(e, `defaults`), t !== void 0 && D(t, n), Object.assign(Object.create(null), e, t));
}
function U(e, t = {}) {
  if (typeof e != `function`) throw TypeError(`"hashCons" expected function, got type=` + typeof e);
  t = H({}, t, `info`);
  const n = (t, n) => e(n).update(t).digest(),
    r = e(void 0);
  return (
    (n.outputLen = r.outputLen),
    (n.blockLen = r.blockLen),
    (n.canXOF = r.canXOF),
    (n.create = (t) => e(t)),
    Object.assign(n, t),
    Object.freeze(n)
  );
}
function pe(e = 32) {
  x(e, `bytesLength`);
  const t = typeof globalThis == `object` ? globalThis.crypto : null;
  if (typeof t?.getRandomValues != `function`) throw Error(`crypto.getRandomValues must be defined`);
  if (e > 65536) throw RangeError(`"bytesLength" expected <= 65536, got ${e}`);
  return t.getRandomValues(new Uint8Array(e));
}
var W = (e) => ({ oid: Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2, e]) });
function me(e, t, n) {
  return (e & t) ^ (~e & n);
}
function he(e, t, n) {
  return (e & t) ^ (e & n) ^ (t & n);
}
var G = class {
    blockLen;
    outputLen;
    canXOF = !1;
    padOffset;
    isLE;
    buffer;
    view;
    finished = !1;
    length = 0;
    pos = 0;
    destroyed = !1;
    constructor(e, t, n, r) {
      (this.blockLen = e),
        (this.outputLen = t),
        (this.padOffset = n),
        (this.isLE = r),
        (this.buffer = new Uint8Array(e)),
        (this.view = M(this.buffer));
    }
    update(e) {
      O(this), C(e);
      let { view: t, buffer: n, blockLen: r } = this,
        i = e.length,
        a = !1;
      for (let o = 0; o < i; ) {
        const s = Math.min(r - this.pos, i - o);
        if (s === r) {
          const t = M(e);
          for (; r <= i - o; o += r) this.process(t, o);
          a = !0;
        } else
          n.set(o === 0 && s === i ? e : e.subarray(o, o + s), this.pos),
            (this.pos += s),
            (o += s),
            this.pos === r && (this.process(t, 0), (this.pos = 0), (a = !0));
      }
      return ((this.length += e.length), a && this.roundClean(), this);
    }
    digestInto(e) {
      O(this), k(e, this), (this.finished = !0);
      let { buffer: t, view: n, blockLen: r, isLE: i } = this,
        { pos: a } = this;
      (t[a++] = 128),
        t.fill(0, a),
        this.padOffset > r - a && (this.process(n, 0), t.fill(0)),
        s(n, r - 8, this.length * 8, i),
        this.process(n, 0),
        this.roundClean();
      const o = e === t ? n : M(e),
        c = this.outputLen,
        l = c / 4,
        u = this.get();
      if (c % 4 || l > u.length) throw Error(`invalid outputLen`);
      for (let e = 0; e < l; e++) o.setUint32(4 * e, u[e], i);
    }
    digest() {
      const { buffer: e, outputLen: t } = this;
      this.digestInto(e);
      const n = e.slice(0, t);
      return (this.destroy(), n);
    }
    _cloneIntoMeta(e) {
      const { buffer: t, length: n, finished: r, destroyed: i, pos: a } = this;
      return ((e.destroyed = i), (e.finished = r), (e.length = n), (e.pos = a), a && e.buffer.set(t), e);
    }
    clone() {
      return this._cloneInto();
    }
  },
  ge = Uint32Array.from([1779033703, 3144134277, 1013904242, 2773480762, 1359893119, 2600822924, 528734635, 1541459225]),
  _e = Uint32Array.from([3238371032, 914150663, 812702999, 4144912697, 4290775857, 1750603025, 1694076839, 3204075428]),
  ve = Uint32Array.from([
    3418070365, 3238371032, 1654270250, 914150663, 2438529370, 812702999, 355462360, 4144912697, 1731405415, 4290775857, 2394180231,
    1750603025, 3675008525, 1694076839, 1203062813, 3204075428,
  ]),
  ye = Uint32Array.from([
    1779033703, 4089235720, 3144134277, 2227873595, 1013904242, 4271175723, 2773480762, 1595750129, 1359893119, 2917565137, 2600822924,
    725511199, 528734635, 4215389547, 1541459225, 327033209,
  ]),
  be = e({
    _SHA224: () => Y,
    _SHA256: () => J,
    _SHA384: () => Ee,
    _SHA512: () => Te,
    _SHA512_224: () => ke,
    _SHA512_256: () => Ae,
    sha224: () => je,
    sha256: () => $,
    sha384: () => Ne,
    sha512: () => Me,
    sha512_224: () => Fe,
    sha512_256: () => Pe,
  }),
  xe = Uint32Array.from([
    1116352408, 1899447441, 3049323471, 3921009573, 961987163, 1508970993, 2453635748, 2870763221, 3624381080, 310598401, 607225278,
    1426881987, 1925078388, 2162078206, 2614888103, 3248222580, 3835390401, 4022224774, 264347078, 604807628, 770255983, 1249150122,
    1555081692, 1996064986, 2554220882, 2821834349, 2952996808, 3210313671, 3336571891, 3584528711, 113926993, 338241895, 666307205,
    773529912, 1294757372, 1396182291, 1695183700, 1986661051, 2177026350, 2456956037, 2730485921, 2820302411, 3259730800, 3345764771,
    3516065817, 3600352804, 4094571909, 275423344, 430227734, 506948616, 659060556, 883997877, 958139571, 1322822218, 1537002063,
    1747873779, 1955562222, 2024104815, 2227730452, 2361852424, 2428436474, 2756734187, 3204031479, 3329325298,
  ]),
  K = new Uint32Array(64),
  q = class extends G {
    A = 0;
    B = 0;
    C = 0;
    D = 0;
    E = 0;
    F = 0;
    G = 0;
    H = 0;
    constructor(e, t) {
      super(64, e, 8, !1),
        (this.A = t[0] | 0),
        (this.B = t[1] | 0),
        (this.C = t[2] | 0),
        (this.D = t[3] | 0),
        (this.E = t[4] | 0),
        (this.F = t[5] | 0),
        (this.G = t[6] | 0),
        (this.H = t[7] | 0);
    }
    get() {
      const { A: e, B: t, C: n, D: r, E: i, F: a, G: o, H: s } = this;
      return [e, t, n, r, i, a, o, s];
    }
    set(e, t, n, r, i, a, o, s) {
      (this.A = e | 0),
        (this.B = t | 0),
        (this.C = n | 0),
        (this.D = r | 0),
        (this.E = i | 0),
        (this.F = a | 0),
        (this.G = o | 0),
        (this.H = s | 0);
    }
    _cloneInto(e) {
      return ((e ||= new this.constructor()).set(...this.get()), this._cloneIntoMeta(e));
    }
    process(e, t) {
      for (let n = 0; n < 16; n++, t += 4) K[n] = e.getUint32(t, !1);
      for (let e = 16; e < 64; e++) {
        const t = K[e - 15],
          n = K[e - 2],
          r = N(t, 7) ^ N(t, 18) ^ (t >>> 3),
          i = N(n, 17) ^ N(n, 19) ^ (n >>> 10);
        K[e] = (i + K[e - 7] + r + K[e - 16]) | 0;
      }
      let { A: n, B: r, C: i, D: a, E: o, F: s, G: c, H: l } = this;
      for (let e = 0; e < 64; e++) {
        const t = N(o, 6) ^ N(o, 11) ^ N(o, 25),
          u = (l + t + me(o, s, c) + xe[e] + K[e]) | 0,
          d = ((N(n, 2) ^ N(n, 13) ^ N(n, 22)) + he(n, r, i)) | 0;
        (l = c), (c = s), (s = o), (o = (a + u) | 0), (a = i), (i = r), (r = n), (n = (u + d) | 0);
      }
      (n = (n + this.A) | 0),
        (r = (r + this.B) | 0),
        (i = (i + this.C) | 0),
        (a = (a + this.D) | 0),
        (o = (o + this.E) | 0),
        (s = (s + this.F) | 0),
        (c = (c + this.G) | 0),
        (l = (l + this.H) | 0),
        this.set(n, r, i, a, o, s, c, l);
    }
    roundClean() {
      j(K);
    }
    destroy() {
      (this.destroyed = !0), this.set(0, 0, 0, 0, 0, 0, 0, 0), j(this.buffer);
    }
  },
  J = class extends q {
    constructor() {
      super(32, ge);
    }
  },
  Y = class extends q {
    constructor() {
      super(28, _e);
    }
  },
  Se = i(
    `0x428a2f98d728ae22.0x7137449123ef65cd.0xb5c0fbcfec4d3b2f.0xe9b5dba58189dbbc.0x3956c25bf348b538.0x59f111f1b605d019.0x923f82a4af194f9b.0xab1c5ed5da6d8118.0xd807aa98a3030242.0x12835b0145706fbe.0x243185be4ee4b28c.0x550c7dc3d5ffb4e2.0x72be5d74f27b896f.0x80deb1fe3b1696b1.0x9bdc06a725c71235.0xc19bf174cf692694.0xe49b69c19ef14ad2.0xefbe4786384f25e3.0x0fc19dc68b8cd5b5.0x240ca1cc77ac9c65.0x2de92c6f592b0275.0x4a7484aa6ea6e483.0x5cb0a9dcbd41fbd4.0x76f988da831153b5.0x983e5152ee66dfab.0xa831c66d2db43210.0xb00327c898fb213f.0xbf597fc7beef0ee4.0xc6e00bf33da88fc2.0xd5a79147930aa725.0x06ca6351e003826f.0x142929670a0e6e70.0x27b70a8546d22ffc.0x2e1b21385c26c926.0x4d2c6dfc5ac42aed.0x53380d139d95b3df.0x650a73548baf63de.0x766a0abb3c77b2a8.0x81c2c92e47edaee6.0x92722c851482353b.0xa2bfe8a14cf10364.0xa81a664bbc423001.0xc24b8b70d0f89791.0xc76c51a30654be30.0xd192e819d6ef5218.0xd69906245565a910.0xf40e35855771202a.0x106aa07032bbd1b8.0x19a4c116b8d2d0c8.0x1e376c085141ab53.0x2748774cdf8eeb99.0x34b0bcb5e19b48a8.0x391c0cb3c5c95a63.0x4ed8aa4ae3418acb.0x5b9cca4f7763e373.0x682e6ff3d6b2b8a3.0x748f82ee5defb2fc.0x78a5636f43172f60.0x84c87814a1f0ab72.0x8cc702081a6439ec.0x90befffa23631e28.0xa4506cebde82bde9.0xbef9a3f7b2c67915.0xc67178f2e372532b.0xca273eceea26619c.0xd186b8c721c0c207.0xeada7dd6cde0eb1e.0xf57d4f7fee6ed178.0x06f067aa72176fba.0x0a637dc5a2c898a6.0x113f9804bef90dae.0x1b710b35131c471b.0x28db77f523047d84.0x32caab7b40c72493.0x3c9ebe0a15c9bebc.0x431d67c49c100d4c.0x4cc5d4becb3e42b6.0x597f299cfc657e2a.0x5fcb6fab3ad6faec.0x6c44198c4a475817`
      .split(`.`)
      .map((e) => BigInt(e)),
  ),
  Ce = Se[0],
  we = Se[1],
  X = new Uint32Array(80),
  Z = new Uint32Array(80),
  Q = class extends G {
    Ah = 0;
    Al = 0;
    Bh = 0;
    Bl = 0;
    Ch = 0;
    Cl = 0;
    Dh = 0;
    Dl = 0;
    Eh = 0;
    El = 0;
    Fh = 0;
    Fl = 0;
    Gh = 0;
    Gl = 0;
    Hh = 0;
    Hl = 0;
    constructor(e, t) {
      super(128, e, 16, !1),
        (this.Ah = t[0] | 0),
        (this.Al = t[1] | 0),
        (this.Bh = t[2] | 0),
        (this.Bl = t[3] | 0),
        (this.Ch = t[4] | 0),
        (this.Cl = t[5] | 0),
        (this.Dh = t[6] | 0),
        (this.Dl = t[7] | 0),
        (this.Eh = t[8] | 0),
        (this.El = t[9] | 0),
        (this.Fh = t[10] | 0),
        (this.Fl = t[11] | 0),
        (this.Gh = t[12] | 0),
        (this.Gl = t[13] | 0),
        (this.Hh = t[14] | 0),
        (this.Hl = t[15] | 0);
    }
    get() {
      const { Ah: e, Al: t, Bh: n, Bl: r, Ch: i, Cl: a, Dh: o, Dl: s, Eh: c, El: l, Fh: u, Fl: d, Gh: f, Gl: p, Hh: m, Hl: h } = this;
      return [e, t, n, r, i, a, o, s, c, l, u, d, f, p, m, h];
    }
    set(e, t, n, r, i, a, o, s, c, l, u, d, f, p, m, h) {
      (this.Ah = e | 0),
        (this.Al = t | 0),
        (this.Bh = n | 0),
        (this.Bl = r | 0),
        (this.Ch = i | 0),
        (this.Cl = a | 0),
        (this.Dh = o | 0),
        (this.Dl = s | 0),
        (this.Eh = c | 0),
        (this.El = l | 0),
        (this.Fh = u | 0),
        (this.Fl = d | 0),
        (this.Gh = f | 0),
        (this.Gl = p | 0),
        (this.Hh = m | 0),
        (this.Hl = h | 0);
    }
    _cloneInto(e) {
      return ((e ||= new this.constructor()).set(...this.get()), this._cloneIntoMeta(e));
    }
    process(e, t) {
      for (let n = 0; n < 16; n++, t += 4) (X[n] = e.getUint32(t)), (Z[n] = e.getUint32((t += 4)));
      for (let e = 16; e < 80; e++) {
        const t = X[e - 15] | 0,
          n = Z[e - 15] | 0,
          r = u(t, n, 1) ^ u(t, n, 8) ^ c(t, n, 7),
          i = d(t, n, 1) ^ d(t, n, 8) ^ l(t, n, 7),
          a = X[e - 2] | 0,
          o = Z[e - 2] | 0,
          s = u(a, o, 19) ^ f(a, o, 61) ^ c(a, o, 6),
          m = g(i, d(a, o, 19) ^ p(a, o, 61) ^ l(a, o, 6), Z[e - 7], Z[e - 16]),
          h = _(m, r, s, X[e - 7], X[e - 16]);
        (X[e] = h | 0), (Z[e] = m | 0);
      }
      let { Ah: n, Al: r, Bh: i, Bl: a, Ch: o, Cl: s, Dh: v, Dl: y, Eh: b, El: x, Fh: S, Fl: C, Gh: w, Gl: T, Hh: E, Hl: D } = this;
      for (let e = 0; e < 80; e++) {
        const t = u(b, x, 14) ^ u(b, x, 18) ^ f(b, x, 41),
          c = d(b, x, 14) ^ d(b, x, 18) ^ p(b, x, 41),
          l = (b & S) ^ (~b & w),
          g = (x & C) ^ (~x & T),
          _ = te(D, c, g, we[e], Z[e]),
          O = ne(_, E, t, l, Ce[e], X[e]),
          k = _ | 0,
          re = u(n, r, 28) ^ f(n, r, 34) ^ f(n, r, 39),
          A = d(n, r, 28) ^ p(n, r, 34) ^ p(n, r, 39),
          j = (n & i) ^ (n & o) ^ (i & o),
          M = (r & a) ^ (r & s) ^ (a & s);
        (E = w | 0),
          (D = T | 0),
          (w = S | 0),
          (T = C | 0),
          (S = b | 0),
          (C = x | 0),
          ({ h: b, l: x } = m(v | 0, y | 0, O | 0, k | 0)),
          (v = o | 0),
          (y = s | 0),
          (o = i | 0),
          (s = a | 0),
          (i = n | 0),
          (a = r | 0);
        const N = h(k, A, M);
        (n = ee(N, O, re, j)), (r = N | 0);
      }
      ({ h: n, l: r } = m(this.Ah | 0, this.Al | 0, n | 0, r | 0)),
        ({ h: i, l: a } = m(this.Bh | 0, this.Bl | 0, i | 0, a | 0)),
        ({ h: o, l: s } = m(this.Ch | 0, this.Cl | 0, o | 0, s | 0)),
        ({ h: v, l: y } = m(this.Dh | 0, this.Dl | 0, v | 0, y | 0)),
        ({ h: b, l: x } = m(this.Eh | 0, this.El | 0, b | 0, x | 0)),
        ({ h: S, l: C } = m(this.Fh | 0, this.Fl | 0, S | 0, C | 0)),
        ({ h: w, l: T } = m(this.Gh | 0, this.Gl | 0, w | 0, T | 0)),
        ({ h: E, l: D } = m(this.Hh | 0, this.Hl | 0, E | 0, D | 0)),
        this.set(n, r, i, a, o, s, v, y, b, x, S, C, w, T, E, D);
    }
    roundClean() {
      j(X, Z);
    }
    destroy() {
      (this.destroyed = !0), j(this.buffer), this.set(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
  },
  Te = class extends Q {
    constructor() {
      super(64, ye);
    }
  },
  Ee = class extends Q {
    constructor() {
      super(48, ve);
    }
  },
  De = Uint32Array.from([
    2352822216, 424955298, 1944164710, 2312950998, 502970286, 855612546, 1738396948, 1479516111, 258812777, 2077511080, 2011393907,
    79989058, 1067287976, 1780299464, 286451373, 2446758561,
  ]),
  Oe = Uint32Array.from([
    573645204, 4230739756, 2673172387, 3360449730, 596883563, 1867755857, 2520282905, 1497426621, 2519219938, 2827943907, 3193839141,
    1401305490, 721525244, 746961066, 246885852, 2177182882,
  ]),
  ke = class extends Q {
    constructor() {
      super(28, De);
    }
  },
  Ae = class extends Q {
    constructor() {
      super(32, Oe);
    }
  },
  $ = U(() => new J(), W(1)),
  je = U(() => new Y(), W(4)),
  Me = U(() => new Te(), W(3)),
  Ne = U(() => new Ee(), W(2)),
  Pe = U(() => new Ae(), W(6)),
  Fe = U(() => new ke(), W(5));
export { $ as t, be as n, R as r, V as i, v as a };
