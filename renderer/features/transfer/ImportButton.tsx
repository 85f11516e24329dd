/** An "Import…" button that opens the import dialog for a type (for a type's toolbar). */
import { useState } from 'react';
import type { ImportStatus } from '../../../shared/channels/transfer';
import { ImportDialog } from './ImportDialog';

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
