// "This page looks wrong": shows the anonymised page shape the background made, exactly as it will
// be saved, and saves it only when the applicant chooses to. Nothing is sent anywhere.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PageShape } from '../../core/pages/shape.ts';
import { api } from '../shared/api.ts';
import { KEYS } from '../shared/settings.ts';

function save(shape: PageShape): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(shape, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `proreg-page-shape-${shape.date}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ShapeView() {
  const [shape, setShape] = useState<PageShape | null | undefined>(undefined);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    void api.storage.session.get(KEYS.pageShape).then((got) => setShape((got[KEYS.pageShape] as PageShape | undefined) ?? null));
  }, []);
  if (shape === undefined) return null;
  if (shape === null) {
    return (
      <>
        <h1>This page looks wrong</h1>
        <p>There is no page description to show. Go back to the Career Manager page and choose "This page looks wrong" again.</p>
      </>
    );
  }
  const kind = shape.reading.recognition.kind;
  return (
    <>
      <h1>This page looks wrong</h1>
      <p>
        Below is a description of how the Career Manager page is built and what the companion read on it
        {kind ? ` (it took the page for: ${kind})` : ''}. It keeps Career Manager's own words, such as headings, column names and statuses.
        Every other piece of text, including your name, your details and anything you typed, is replaced by its number of characters.
      </p>
      <p>
        Read it before you save it. Nothing is sent anywhere: if you want the companion fixed for this page, save the file and send it
        yourself to whoever looks after your copy of the companion.
      </p>
      <p>
        <button
          type="button"
          class="primary"
          onClick={() => {
            save(shape);
            setSaved(true);
          }}
        >
          Save the file
        </button>
      </p>
      {saved && <p role="status">Saved as proreg-page-shape-{shape.date}.json in your downloads.</p>}
      <h2>The file</h2>
      <pre class="shape">{JSON.stringify(shape, null, 2)}</pre>
    </>
  );
}

render(<ShapeView />, document.getElementById('app')!);
