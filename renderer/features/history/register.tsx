/** Adds the History tab to every entity view. Imported once at start-up. */
import { lazyComponent } from '../../app/lazy-component';
import { registerEntityPanel } from '../editor/entity-panels';
import './history.css';

const HistoryPanel = lazyComponent(() => import('./HistoryPanel').then((m) => m.HistoryPanel));

registerEntityPanel({ id: 'history', label: 'History', render: ({ type, id }) => <HistoryPanel key={`${type}/${id}`} type={type} id={id} /> });
