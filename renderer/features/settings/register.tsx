/** Adds the collection settings screen to the shell (command palette: "Open Collection settings"). Imported once at start-up. */
import { registerView } from '../../app/views';
import './settings.css';
import { SettingsView } from './SettingsView';

registerView({ id: 'settings', title: 'Collection settings', keywords: 'personal data pii masking encryption retention ttl cache indexes migrations governance', render: () => <SettingsView /> });
