// An independent reading of a text's explicit bidi controls, as the Unicode Bidirectional
// Algorithm's rules X1–X8 compute them (levels, depth limit and overflow counters), used to check
// core/text/bidi.ts from outside: whether what follows the text is back at the paragraph's level.

const MAX_DEPTH = 125;

/** True when nothing the text opens (embedding, override or isolate) is still open at its end. */
export function leavesNothingOpen(text: string): boolean {
  const stack = [{ level: 0, isolate: false }];
  let overflowIsolates = 0;
  let overflowEmbeddings = 0;
  let validIsolates = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const top = stack[stack.length - 1]!;
    const rtl = c === 0x202b || c === 0x202e || c === 0x2067;
    const next = rtl ? (top.level + 1) | 1 : (top.level + 2) & ~1;
    const fits = next <= MAX_DEPTH && overflowIsolates === 0 && overflowEmbeddings === 0;
    if (c === 0x202a || c === 0x202b || c === 0x202d || c === 0x202e) {
      if (fits) stack.push({ level: next, isolate: false });
      else if (overflowIsolates === 0) overflowEmbeddings++;
    } else if (c === 0x2066 || c === 0x2067 || c === 0x2068) {
      if (fits) {
        validIsolates++;
        stack.push({ level: next, isolate: true });
      } else overflowIsolates++;
    } else if (c === 0x2069) {
      if (overflowIsolates > 0) overflowIsolates--;
      else if (validIsolates > 0) {
        overflowEmbeddings = 0;
        while (!stack[stack.length - 1]!.isolate) stack.pop();
        stack.pop();
        validIsolates--;
      }
    } else if (c === 0x202c) {
      if (overflowIsolates > 0) {
        // Ignored inside an isolate past the depth limit.
      } else if (overflowEmbeddings > 0) overflowEmbeddings--;
      else if (!top.isolate && stack.length >= 2) stack.pop();
    }
  }
  return stack.length === 1 && overflowIsolates === 0 && overflowEmbeddings === 0;
}
