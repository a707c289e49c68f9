// The floor of the workbook's start: the same pinned Vite, Preact, signals and Dexie, doing the
// least a local-first page can do: open the database and render the stored records (an
// application's name and, for the Overview's scaling, its roles) as they arrive.
import { signal } from '@preact/signals';
import Dexie, { liveQuery } from 'dexie';
import { render } from 'preact';

interface StoredRecord {
  id: string;
  name: string;
  roles?: { id: string; title: string; employer: string }[];
}

const db = new Dexie('bench-floor');
db.version(1).stores({ records: 'id' });
const records = signal<StoredRecord[] | undefined>(undefined);
liveQuery(() => db.table<StoredRecord>('records').toArray()).subscribe((value) => {
  records.value = value;
});

function Floor() {
  const list = records.value;
  if (!list) return <p>Loading…</p>;
  return (
    <ul class="records">
      {list.map((r) => (
        <li key={r.id}>
          {r.name}
          <ul>
            {r.roles?.map((role) => (
              <li key={role.id}>
                {role.title}, {role.employer}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}

render(<Floor />, document.getElementById('app')!);
