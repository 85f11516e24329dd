/** A hook's start from an answer asked for at start-up (see `prefetch` in the client). */
import { useRef, useState } from 'react';
import type { Channel, Input, Output } from '../../shared/contract';
import { api } from './client';

/**
 * The answer to `channel`/`input` if it has already arrived, for the first render; and
 * `skipFirstLoad()`, true once when the hook's loading effect has nothing to ask for the first time.
 */
export function useReadyAnswer<K extends Channel>(channel: K, input: Input<K>): { ready: Output<K> | undefined; skipFirstLoad: () => boolean } {
  const [ready] = useState(() => api().takeReady(channel, input));
  const pending = useRef(ready !== undefined);
  const skipFirstLoad = (): boolean => {
    const skip = pending.current;
    pending.current = false;
    return skip;
  };
  return { ready, skipFirstLoad };
}
