/** Adds the Query and Aggregation views to the shell (command palette and tabs); imported once at start-up. */
import { createElement } from 'react';
import { registerView } from '../../app/views';
import { AggregationView } from './AggregationView';
import { QueryView } from './QueryView';
import './query.css';

registerView({ id: 'query', title: 'Query builder', keywords: 'query filter where find search builder json typescript explain index', render: () => createElement(QueryView) });
registerView({ id: 'aggregate', title: 'Aggregation', keywords: 'aggregate pipeline group chart metrics csv', render: () => createElement(AggregationView) });
