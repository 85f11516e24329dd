import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { prefetchFirstScreen } from './app/first-screen';
import './features/query/register';
import './styles/theme.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/table.css';
import './styles/dialog.css';
import './styles/editor.css';
// Features that plug into the shell's extension points (entity panels, views).
import './features/history/register';
import './features/settings/register';
import './features/transfer/register';
import './features/vocabulary/register';

/** How long the first render waits for the first screen's data before showing the studio without it. */
const FIRST_SCREEN_WAIT_MS = 400;

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
void prefetchFirstScreen(FIRST_SCREEN_WAIT_MS).then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
