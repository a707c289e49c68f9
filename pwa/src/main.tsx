import { render } from 'preact';

function App() {
  return (
    <main>
      <h1>ProReg Companion</h1>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
