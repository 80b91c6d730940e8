// Entry: put a remembered language into the address, then mount the app.
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyRememberedLang } from './state/lang-memory';

applyRememberedLang();

// As a transition, the first render is done in slices between frames (React yields every few
// milliseconds): rendered at once, it was a single task of 100–180 ms on a two-core machine,
// right after the scripts' own.
const root = createRoot(document.getElementById('root')!);
startTransition(() =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
