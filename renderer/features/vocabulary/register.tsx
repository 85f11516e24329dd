/** Adds the vocabulary browser to the shell (command palette: "Open Vocabulary"). Imported once at start-up. */
import { lazyComponent } from '../../app/lazy-component';
import { registerView } from '../../app/views';
import './vocabulary.css';

const VocabularyView = lazyComponent(() => import('./VocabularyView').then((m) => m.VocabularyView));

registerView({
  id: 'vocabulary',
  title: 'Vocabulary',
  keywords: 'types schema.org naics onet occupations industries enumerations hierarchy properties',
  render: () => <VocabularyView />,
});
