// One guidance hint placed beside something on a Career Manager page; closed until asked for.

export function Hint({ subject, text, assumed }: { subject: string; text: string; assumed?: boolean }) {
  return (
    <details>
      <summary>
        Guidance<span class="sr"> on {subject}</span>
      </summary>
      <p class="hint">
        {text}
        {assumed && ' (Our assumption: check this in Career Manager.)'}
      </p>
    </details>
  );
}
