// A small horizontal bar chart with the table it is drawn from. The bars are a picture for those
// who would rather look; the table says the same in text, for everyone else and for print.
export interface Bar {
  label: string;
  value: number;
}

export function Bars({ caption, bars, unit, max }: { caption: string; bars: Bar[]; unit: string; max?: number }) {
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), 1);
  return (
    <figure class="bars">
      <figcaption>{caption}</figcaption>
      <div class="bar-chart" aria-hidden="true">
        {bars.map((b) => (
          <div class="bar-row" key={b.label}>
            <span class="bar-label">{b.label}</span>
            <span class="bar-track">
              <span class="bar-fill" style={{ width: `${Math.min(100, (b.value / top) * 100)}%` }} />
            </span>
            <span class="bar-value">{b.value}</span>
          </div>
        ))}
      </div>
      <table class="bar-table">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">{unit}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td>{b.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
