/**
 * What the editor does with the store: create or save (with the version the form opened, so
 * a concurrent edit becomes a conflict instead of a silent overwrite), resolve a conflict,
 * delete, restore. Validation errors from the main process land on their fields.
 */
import { useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Entity } from '../../../shared/entity';
import { StudioError, formatPath, type FieldIssue } from '../../../shared/errors';
import { api } from '../../api/client';
import { forgetRef } from '../../api/entity-names';
import { useShell } from '../../app/useShell';
import { displayName } from '../../lib/display-name';
import { toEntityData, toFormValues, type FormValues } from './form-values';
import { patchChanges } from './patch-changes';
import { useStaleWatch } from './useStaleWatch';

/** A save refused because the stored version moved on: what the user has, and what is stored. */
export interface Conflict {
  mine: Record<string, unknown>;
  theirs: Entity;
}

/** Issues with their paths relative to the entity (an input-schema issue is under `data`). */
export function entityIssues(error: StudioError): FieldIssue[] {
  return (error.issues ?? []).map((i) => ({ ...i, path: i.path[0] === 'data' ? i.path.slice(1) : i.path }));
}

export function useEditorActions(props: { type: string; initial: Entity | undefined; tabKey: string; form: UseFormReturn<FormValues> }) {
  const shell = useShell();
  const { form, type } = props;
  const [entity, setEntity] = useState<Entity | undefined>(props.initial);
  const [conflict, setConflict] = useState<Conflict>();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string>();
  const [deleted, setDeleted] = useState<false | 'trash' | 'gone'>(props.initial?.deleted ? 'trash' : false);
  const watch = useStaleWatch(type, entity?.$id);

  // The form takes an adopted version after the submit that produced it has settled (resetting
  // inside react-hook-form's submit handler leaves the form marked dirty).
  const mounted = useRef(false);
  useEffect(() => {
    if (mounted.current && entity) form.reset(toFormValues(entity));
    mounted.current = true;
  }, [entity, form]);

  const adopt = (saved: Entity): void => {
    setEntity(saved);
    setConflict(undefined);
    setIssues([]);
    setFailure(undefined);
    watch.clear();
    forgetRef(saved.$id);
  };

  const fail = async (error: unknown, mine: Record<string, unknown>): Promise<void> => {
    if (!(error instanceof StudioError)) return setFailure(String(error));
    if (error.code === 'CONFLICT' && entity) {
      const theirs = await api().invoke('entities.get', { type, id: entity.$id });
      if (theirs) return setConflict({ mine, theirs });
    }
    if (error.code === 'VALIDATION') {
      const found = entityIssues(error);
      for (const issue of found) form.setError(issue.path.map(String).join('.') || 'root', { type: 'server', message: issue.message });
      setIssues(found);
      return;
    }
    setFailure(error.message);
  };

  const write = async (data: Record<string, unknown>, expectedVersion: number | undefined): Promise<void> => {
    setFailure(undefined);
    setIssues([]);
    try {
      if (!entity) {
        const created = await api().invoke('entities.create', { type, data });
        shell.notify({ text: `Created ${displayName(created, created.$id)}` });
        shell.replace(props.tabKey, { kind: 'entity', type, id: created.$id });
        return;
      }
      // Only the changes travel, so values this window never saw unmasked are never written back.
      const changes = patchChanges(toEntityData(toFormValues(entity)), data);
      if (Object.keys(changes).length === 0 && expectedVersion === entity.$version) return adopt(entity);
      const saved = await watch.own(() => api().invoke('entities.patch', { type, id: entity.$id, changes, expectedVersion }));
      adopt(saved);
      shell.notify({ text: `Saved ${displayName(saved, saved.$id)}` });
    } catch (error) {
      await fail(error, data);
    }
  };

  // The resolver's output leaves untouched masked values out; the save diffs the raw values instead.
  const save = form.handleSubmit(
    () => write(toEntityData(form.getValues()), entity?.$version),
    (errors) => setIssues(Object.keys(errors).length ? collectIssues(errors) : []),
  );

  return {
    entity,
    conflict,
    issues,
    failure,
    deleted,
    stale: watch.stale && !conflict,
    save,
    keepMine: () => conflict && write(conflict.mine, conflict.theirs.$version),
    takeTheirs: () => conflict && adopt(conflict.theirs),
    reload: async () => {
      if (!entity) return;
      const latest = await api().invoke('entities.get', { type, id: entity.$id });
      if (latest) adopt(latest);
    },
    remove: async () => {
      if (!entity) return;
      try {
        await watch.own(() => api().invoke('entities.delete', { type, id: entity.$id }));
        // Whether it went to the trash depends on the collection's settings: look for it there.
        const trash = await api().invoke('entities.list', { type, where: { $id: entity.$id }, deleted: 'only', limit: 1 });
        const soft = trash.items.length > 0;
        setDeleted(soft ? 'trash' : 'gone');
        const name = displayName(entity, entity.$id);
        shell.notify(soft ? { text: `Moved ${name} to the trash`, action: { label: 'Undo', run: () => void restoreIt() } } : { text: `Deleted ${name} for good` });
      } catch (error) {
        setFailure((error as Error).message);
      }
    },
    restore: () => restoreIt(),
  };

  async function restoreIt(): Promise<void> {
    if (!entity) return;
    try {
      const restored = await watch.own(() => api().invoke('entities.restore', { type, id: entity.$id }));
      setDeleted(false);
      adopt(restored);
      shell.notify({ text: `Restored ${displayName(restored, restored.$id)}` });
    } catch (error) {
      setFailure((error as Error).message);
    }
  }
}

/** The browser-side errors of a form as field issues, for the summary above it. */
function collectIssues(errors: Record<string, unknown>, path: (string | number)[] = []): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== 'object' || key === 'ref') continue;
    const v = value as { message?: unknown };
    if (typeof v.message === 'string') out.push({ path: [...path, key], message: v.message });
    else out.push(...collectIssues(value as Record<string, unknown>, [...path, key]));
  }
  return out;
}

/** A field issue as the summary shows it. */
export const issueText = (issue: FieldIssue): string => `${formatPath(issue.path)}: ${issue.message}`;
