/** Adds the Query and Aggregation views to the shell (command palette and tabs); imported once at start-up. */
import { lazyComponent } from '../../app/lazy-component';
import { registerView } from '../../app/views';
import './query.css';

const QueryView = lazyComponent(() => import('./QueryView').then((m) => m.QueryView));
const AggregationView = lazyComponent(() => import('./AggregationView').then((m) => m.AggregationView));

registerView({ id: 'query', title: 'Query builder', keywords: 'query filter where find search builder json typescript explain index', render: ({ fromType }) => <QueryView initialType={fromType} /> });
registerView({ id: 'aggregate', title: 'Aggregation', keywords: 'aggregate pipeline group chart metrics csv', render: ({ fromType }) => <AggregationView initialType={fromType} /> });
