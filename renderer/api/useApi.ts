/** Loads a channel's answer into component state, reloading on demand or when an event fires. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Channel, Input, Output } from '../../shared/contract';
import type { EventName } from '../../shared/events';
import type { StudioError } from '../../shared/errors';
import { api } from './client';
import { onRequestTenant } from './transport';
import { useReadyAnswer } from './useReadyAnswer';

/** The state of one request. */
export interface ApiState<T> {
  data: T | undefined;
  error: StudioError | undefined;
  loading: boolean;
  reload: () => void;
}

/** Calls `channel` with `input` (re-run when `key` or the request tenant changes) and on each of `refreshOn`'s events. */
export function useApi<K extends Channel>(
  channel: K,
  input: Input<K>,
  key: string,
  refreshOn: EventName[] = [],
): ApiState<Output<K>> {
  const { ready, skipFirstLoad } = useReadyAnswer(channel, input);
  const [state, setState] = useState<Omit<ApiState<Output<K>>, 'reload'>>({ data: ready, error: undefined, loading: ready === undefined });
  const [tick, setTick] = useState(0);
  const inputRef = useRef(input);
  inputRef.current = input;
  const reload = useCallback(() => setTick((t) => t + 1), []);
  // Another tenant was chosen: the answer loaded for the previous one is stale.
  useEffect(() => onRequestTenant(reload), [reload]);

  useEffect(() => {
    if (skipFirstLoad()) return;
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    api()
      .invoke(channel, inputRef.current)
      .then(
        (data) => live && setState({ data, error: undefined, loading: false }),
        (error: StudioError) => live && setState((s) => ({ data: s.data, error, loading: false })),
      );
    return () => {
      live = false;
    };
  }, [channel, key, tick]);

  const events = refreshOn.join(',');
  useEffect(() => {
    if (!events) return;
    const offs = events.split(',').map((e) => api().on(e as EventName, reload));
    return () => offs.forEach((off) => off());
  }, [events, reload]);

  return { ...state, reload };
}
