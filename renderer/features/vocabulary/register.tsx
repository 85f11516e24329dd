/** Adds the vocabulary browser to the shell (command palette: "Open Vocabulary"). Imported once at start-up. */
import { registerView } from '../../app/views';
import './vocabulary.css';
import { VocabularyView } from './VocabularyView';

registerView({
  id: 'vocabulary',
  title: 'Vocabulary',
  keywords: 'types schema.org naics onet occupations industries enumerations hierarchy properties',
  render: () => <VocabularyView />,
});
