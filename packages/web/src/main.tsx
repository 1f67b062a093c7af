import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import './app/styles.css';

// Live sessions (`/sessions…`) load their own chunk: the analysis app's first load does not carry them.
const SessionApp = lazy(() => import('./session/session-app.tsx'));
const inSession = window.location.pathname === '/sessions' || window.location.pathname.startsWith('/sessions/');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    {inSession ? (
      <Suspense fallback={<p role="status">Loading the session…</p>}>
        <SessionApp />
      </Suspense>
    ) : (
      <App />
    )}
  </StrictMode>,
);
