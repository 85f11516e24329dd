/** Copies text to the clipboard and says so (or says why it could not). */
import { useState } from 'react';

export function CopyButton(props: { text: string; label: string }) {
  const [done, setDone] = useState<'copied' | 'failed' | undefined>();
  return (
    <button
      type="button"
      className="btn btn-sm"
      onClick={() =>
        navigator.clipboard.writeText(props.text).then(
          () => setDone('copied'),
          () => setDone('failed'),
        )
      }
    >
      {done === 'copied' ? 'Copied' : done === 'failed' ? 'Copy blocked: select and copy' : props.label}
    </button>
  );
}
