/** Adds the "Import and export" view to the shell (command palette: "Open Import and export"). Imported once at start-up. */
import { lazyComponent } from '../../app/lazy-component';
import { registerView } from '../../app/views';
import './transfer.css';

const TransferView = lazyComponent(() => import('./TransferView').then((m) => m.TransferView));

registerView({ id: 'transfer', title: 'Import and export', keywords: 'import export upload download csv json ndjson json-ld jsonld backup', render: () => <TransferView /> });
