// Field paths from core (application.roles[0].title) in words people read.

const LIST_ITEMS: Record<string, string> = {
  roles: 'role',
  qualifications: 'qualification',
  development: 'development record',
  supporters: 'supporter',
  comments: 'comment',
  applications: 'application',
  specialisms: 'specialism',
  history: 'history entry',
  postSubmission: 'after-submission entry',
};
/** A generated id (a UUID), as documents' stored files are named. */
const OPAQUE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEYED: Record<string, string> = { attachments: 'attached file', documents: 'document', checklist: 'checklist item' };

const unquote = (quoted: string): string => {
  try {
    return String(JSON.parse(quoted));
  } catch {
    return quoted;
  }
};

const words = (key: string) => key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** "application.roles[0].title" → "application › role 1 › title". */
export function pathInWords(path: string): string {
  if (!path) return 'the file as a whole';
  const parts: string[] = [];
  let parent = '';
  for (const token of path.match(/\[(?:\d+|"(?:[^"\\]|\\.)*")\]|[^.[\]]+/g) ?? []) {
    if (/^\[\d+\]$/.test(token)) {
      const list = parts.pop() ?? 'list';
      parts.push(`${LIST_ITEMS[parent] ?? `${list} entry`} ${Number(token.slice(1, -1)) + 1}`);
      parent = '';
      continue;
    }
    const key = token.startsWith('[') ? unquote(token.slice(1, -1)) : token;
    const keyed = KEYED[parent];
    if (keyed) {
      parts.pop();
      // A generated storage id means nothing to a reader (the message names the document): left out.
      parts.push(OPAQUE_ID.test(key) ? keyed : `${keyed} "${key}"`);
      parent = '';
    } else {
      parts.push(words(key));
      parent = key;
    }
  }
  // A backup's "applications[0].application" is one thing to a reader: application 1.
  return parts
    .join(' › ')
    .replace(/^(application \d+) › application\b/, '$1')
    .replace(/\block › content\b/, 'lock snapshot');
}
