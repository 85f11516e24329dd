/**
 * An entity's tab: loads the entity (or starts a new one from a seed), makes sure the
 * descriptors of its type and of every type it embeds are at hand, then shows the editor.
 */
import { useEffect, useState } from 'react';
import type { Entity } from '../../../shared/entity';
import type { StudioError } from '../../../shared/errors';
import { api } from '../../api/client';
import { useVocab } from '../../api/useVocab';
import { EmptyState } from '../../components/EmptyState';
import { EditorForm } from './EditorForm';

type Loaded = { entity: Entity | undefined } | { missing: true } | { error: Error };

export function EntityEditor(props: { type: string; id?: string; seed?: Record<string, unknown>; tabKey: string; active: boolean }) {
  const { cache } = useVocab();
  const [loaded, setLoaded] = useState<Loaded>();
  useEffect(() => {
    let live = true;
    const entity = props.id ? api().invoke('entities.get', { type: props.type, id: props.id }) : Promise.resolve(undefined);
    entity
      .then(async (found) => {
        if (found === null) return live && setLoaded({ missing: true });
        await cache.ensure(props.type, found ?? props.seed);
        if (live) setLoaded({ entity: found ?? undefined });
      })
      .catch((error: StudioError) => live && setLoaded({ error }));
    return () => {
      live = false;
    };
  }, [cache, props.type, props.id, props.seed]);

  if (!loaded) return <div className="view-loading" aria-busy="true">Opening {props.id ?? `a new ${props.type}`}…</div>;
  if ('missing' in loaded) return <EmptyState title="Not found" text={`No ${props.type} has the id ${props.id}. It may have been deleted for good.`} />;
  if ('error' in loaded) return <EmptyState title={`This ${props.type} cannot be opened`} text={loaded.error.message} />;
  return <EditorForm type={props.type} initial={loaded.entity} seed={props.seed} tabKey={props.tabKey} active={props.active} />;
}
