/**
 * Calls a channel whenever its input (compared as JSON) settles, keeping the last answer
 * while a new one loads; a stale answer never overwrites a newer one.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { Channel, Input, Output } from '../../../shared/contract';
import type { StudioError } from '../../../shared/errors';
import { useDebounced } from './useDebounced';

/** The state of a settled call. */
export interface ChannelState<T> {
  data: T | undefined;
  error: StudioError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Calls `channel` with `input` (null: do not call) after it stops changing for `delay` ms. */
export function useChannel<K extends Channel>(channel: K, input: Input<K> | null, delay = 250): ChannelState<Output<K>> {
  const key = useDebounced(input === null ? null : JSON.stringify(input), delay);
  const [state, setState] = useState<{ data?: Output<K>; error?: StudioError; loading: boolean }>({ loading: false });
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  useEffect(() => {
    if (key === null) return;
    const call = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    api()
      .invoke(channel, JSON.parse(key) as Input<K>)
      .then(
        (data) => call === latest.current && setState({ data, loading: false }),
        (error: StudioError) => call === latest.current && setState((s) => ({ data: s.data, error, loading: false })),
      );
  }, [channel, key, tick]);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}
