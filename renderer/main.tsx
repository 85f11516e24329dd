// First: its requests go out before the other modules are evaluated.
import { firstScreenReady } from './boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
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

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
void firstScreenReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
