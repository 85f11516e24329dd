/** Adds the History tab to every entity view. Imported once at start-up. */
import { registerEntityPanel } from '../editor/entity-panels';
import './history.css';
import { HistoryPanel } from './HistoryPanel';

registerEntityPanel({ id: 'history', label: 'History', render: ({ type, id }) => <HistoryPanel key={`${type}/${id}`} type={type} id={id} /> });
