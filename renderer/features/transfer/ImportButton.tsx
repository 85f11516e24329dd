/** An "Import…" button that opens the import dialog for a type (for a type's toolbar). */
import { useState } from 'react';
import type { ImportStatus } from '../../../shared/channels/transfer';
import { lazyComponent } from '../../app/lazy-component';

// The dialog (file reading, mapping, progress) loads when the button is first used.
const ImportDialog = lazyComponent(() => import('./ImportDialog').then((m) => m.ImportDialog));

export function ImportButton(props: { type?: string; types?: string[]; onFinished?: (status: ImportStatus) => void }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        Import…
      </button>
      {open && <ImportDialog type={props.type} types={props.types} onClose={() => setOpen(false)} onFinished={props.onFinished} />}
    </>
  );
}
