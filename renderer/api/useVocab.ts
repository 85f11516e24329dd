/** The vocabulary in React: a context holding the source and its descriptor cache, and hooks over it. */
import { createContext, useContext, useEffect, useState } from 'react';
import type { TypeDescriptor } from '../../shared/vocab/descriptor';
import { DescriptorCache } from './descriptor-cache';
import type { VocabSource } from './vocab-source';

/** The vocabulary a window works with. */
export interface Vocab {
  source: VocabSource;
  cache: DescriptorCache;
}

/** Builds the vocabulary of a window from a source. */
export function createVocab(source: VocabSource): Vocab {
  return { source, cache: new DescriptorCache(source) };
}

/** Provides the vocabulary to the tree (the app provides the main process's; tests a fixed one). */
export const VocabContext = createContext<Vocab | null>(null);

/** The window's vocabulary. */
export function useVocab(): Vocab {
  const vocab = useContext(VocabContext);
  if (!vocab) throw new Error('useVocab needs a VocabContext provider');
  return vocab;
}

/** The state of a descriptor request. */
export interface DescriptorState {
  descriptor: TypeDescriptor | undefined;
  error: Error | undefined;
}

/** The descriptor of a type (and of the types `value` embeds), loaded through the cache. */
export function useDescriptor(type: string | undefined, value?: unknown): DescriptorState {
  const { cache } = useVocab();
  const cached = type ? cache.descriptor(type) : undefined;
  const [state, setState] = useState<DescriptorState>({ descriptor: cached, error: undefined });
  useEffect(() => {
    if (!type) return;
    let live = true;
    cache.ensure(type, value).then(
      (descriptor) => live && setState({ descriptor, error: undefined }),
      (error: Error) => live && setState({ descriptor: undefined, error }),
    );
    return () => {
      live = false;
    };
    // The value only seeds the first load: later edits load their own types as they appear.
  }, [cache, type]);
  return state.descriptor?.name === type ? state : { descriptor: cached, error: state.error };
}
