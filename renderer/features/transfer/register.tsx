/** Adds the "Import and export" view to the shell (command palette: "Open Import and export"). Imported once at start-up. */
import { registerView } from '../../app/views';
import './transfer.css';
import { TransferView } from './TransferView';

registerView({ id: 'transfer', title: 'Import and export', keywords: 'import export upload download csv json ndjson json-ld jsonld backup', render: () => <TransferView /> });
