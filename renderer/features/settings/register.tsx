/** Adds the collection settings screen to the shell (command palette: "Open Collection settings"). Imported once at start-up. */
import { lazyComponent } from '../../app/lazy-component';
import { registerView } from '../../app/views';
import './settings.css';

const SettingsView = lazyComponent(() => import('./SettingsView').then((m) => m.SettingsView));

registerView({ id: 'settings', title: 'Collection settings', keywords: 'personal data pii masking encryption retention ttl cache indexes migrations governance', render: () => <SettingsView /> });
