/** A value that follows another after it has stopped changing for `ms`. */
import { useEffect, useState } from 'react';

/** The debounced copy of `value`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setCurrent(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, ms]);
  return current;
}
