/**
 * The entity view: a header with the entity's name and actions (Save Ctrl/Cmd+S, Discard,
 * Duplicate, Delete, Erase personal data), banners for conflicts, errors and the trash, tabs Form | JSON-LD | the
 * panels other features add (History), and an aside with the entity's details and "Used by".
 */
import { useMemo, useRef, useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import type { Entity } from '../../../shared/entity';
import { useVocab } from '../../api/useVocab';
import { useHotkey } from '../../app/useHotkey';
import { useShell } from '../../app/useShell';
import { Modal } from '../../components/Modal';
import { ModalActions } from '../../components/ModalActions';
import { displayName } from '../../lib/display-name';
import { ConflictView } from './ConflictView';
import { EditorAside } from './EditorAside';
import { EraseDialog } from './EraseDialog';
import { entityPanels } from './entity-panels';
import { entityResolver } from './entity-resolver';
import { FieldList } from './FieldList';
import { fieldId } from './FieldRow';
import { differs, toEntityData, toFormValues, type FormValues } from './form-values';
import { JsonLdView } from './JsonLdView';
import { issueText, useEditorActions } from './useEditorActions';

export function EditorForm(props: { type: string; initial: Entity | undefined; seed?: Record<string, unknown>; tabKey: string; active: boolean }) {
  const shell = useShell();
  const { cache } = useVocab();
  const loaded = useRef<FormValues>(toFormValues(props.initial ?? {}));
  const resolver = useMemo(() => entityResolver(cache, props.type, () => loaded.current), [cache, props.type]);
  const form = useForm<FormValues>({ defaultValues: toFormValues(props.initial ?? props.seed ?? {}), resolver, mode: 'onSubmit', reValidateMode: 'onChange' });
  const actions = useEditorActions({ type: props.type, initial: props.initial, tabKey: props.tabKey, form });
  if (actions.entity) loaded.current = toFormValues(actions.entity);
  const [view, setView] = useState('form');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [confirmErase, setConfirmErase] = useState(false);
  const { isSubmitting } = form.formState;
  const values = useWatch({ control: form.control }) as FormValues;
  const name = values.name;
  const entity = actions.entity;
  // Compared on pruned values: react-hook-form counts an untouched empty sub-form field as a change.
  const isDirty = differs(values, toFormValues(entity ?? props.seed ?? {})) || (!entity && props.seed !== undefined);
  const title = typeof name === 'string' && name.trim() ? name : entity ? displayName(entity, entity.$id) : `New ${props.type}`;

  useHotkey('mod+s', () => void actions.save(), props.active);

  const duplicate = (): void => {
    const seed = toEntityData(form.getValues());
    if (typeof seed.name === 'string') seed.name = `${seed.name} (copy)`;
    shell.open({ kind: 'new', type: props.type, key: `${props.type}-${Date.now()}`, seed });
  };

  const tabs = [{ id: 'form', label: 'Form' }, { id: 'json', label: 'JSON-LD' }, ...(entity ? entityPanels().map((p) => ({ id: p.id, label: p.label })) : [])];

  return (
    <FormProvider {...form}>
      <div className="view editor">
        <div className="toolbar editor-head">
          <div className="editor-title">
            <span className="chip-type">{props.type}</span>
            <h1>{title}</h1>
            {entity && <span className="mono muted">{entity.$id}</span>}
          </div>
          <span className="spacer" />
          <span className="save-state" aria-live="polite">
            {isDirty ? 'Unsaved changes' : entity ? `Version ${entity.$version ?? 1}` : ''}
          </span>
          <button type="button" className="btn" disabled={!isDirty} onClick={() => form.reset(toFormValues(entity ?? props.seed ?? {}))}>
            Discard
          </button>
          {entity && (
            <>
              <button type="button" className="btn" onClick={duplicate}>
                Duplicate
              </button>
              {!actions.deleted && (
                <button type="button" className="btn btn-danger" onClick={() => setConfirmDelete(true)}>
                  Delete
                </button>
              )}
              {actions.deleted !== 'gone' && (
                <button type="button" className="btn btn-danger" onClick={() => setConfirmErase(true)}>
                  Erase personal data…
                </button>
              )}
            </>
          )}
          <button type="button" className="btn btn-primary" disabled={isSubmitting || (!!entity && !isDirty) || actions.deleted === 'gone'} onClick={() => void actions.save()} aria-keyshortcuts="Control+S Meta+S">
            {entity ? 'Save' : `Create ${props.type}`}
          </button>
        </div>
        {actions.deleted === 'trash' && (
          <div className="banner banner-warn" role="status">
            This {props.type} is in the trash.
            <button type="button" className="btn btn-sm" onClick={() => void actions.restore()}>
              Restore
            </button>
          </div>
        )}
        {actions.deleted === 'gone' && (
          <div className="banner banner-warn" role="status">
            This {props.type} was deleted for good; its collection keeps no trash. Duplicate it to store it again.
          </div>
        )}
        {actions.stale && (
          <div className="banner banner-warn" role="status">
            Someone changed this {props.type} since you opened it. Saving will show both versions side by side.
            <button type="button" className="btn btn-sm" onClick={() => void actions.reload()}>
              Load their version
            </button>
          </div>
        )}
        {actions.conflict && <ConflictView conflict={actions.conflict} onKeepMine={() => void actions.keepMine()} onTakeTheirs={actions.takeTheirs} />}
        {actions.failure && (
          <div className="banner-error" role="alert">
            {actions.failure}
          </div>
        )}
        {actions.issues.length > 0 && (
          <div className="banner-error" role="alert">
            <strong>Not saved: {actions.issues.length === 1 ? '1 field needs' : `${actions.issues.length} fields need`} attention.</strong>
            <ul className="issue-list">
              {actions.issues.map((issue) => (
                <li key={issueText(issue)}>
                  <button type="button" className="link-btn" onClick={() => document.getElementById(fieldId(issue.path.map(String).join('.')))?.focus()}>
                    {issueText(issue)}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
        <div className="editor-body">
          <div className="editor-main">
            <div className="subtabs" role="tablist" aria-label="Entity views">
              {tabs.map((t) => (
                <button key={t.id} type="button" role="tab" id={`${props.tabKey}-v-${t.id}`} aria-selected={view === t.id} aria-controls={`${props.tabKey}-p-${t.id}`} className="subtab" onClick={() => setView(t.id)}>
                  {t.label}
                </button>
              ))}
            </div>
            <div role="tabpanel" id={`${props.tabKey}-p-${view}`} aria-labelledby={`${props.tabKey}-v-${view}`} className="editor-panel">
              {view === 'form' && (
                <form
                  noValidate
                  aria-label={`${props.type} form`}
                  onSubmit={(e) => {
                    e.preventDefault();
                    void actions.save();
                  }}
                >
                  <FieldList type={props.type} base="" />
                </form>
              )}
              {view === 'json' && <JsonLdView type={props.type} id={entity?.$id} />}
              {entity && entityPanels().find((p) => p.id === view)?.render({ type: props.type, id: entity.$id })}
            </div>
          </div>
          {entity && <EditorAside entity={entity} />}
        </div>
        {confirmDelete && (
          <Modal
            title={`Delete ${title}?`}
            onClose={() => setConfirmDelete(false)}
            onSubmit={() => {
              setConfirmDelete(false);
              void actions.remove();
            }}
            footer={<ModalActions submitLabel="Delete" tone="danger" onCancel={() => setConfirmDelete(false)} />}
          >
            <p className="muted">Where the collection keeps a trash it can be restored from there.</p>
          </Modal>
        )}
        {confirmErase && entity && (
          <EraseDialog
            type={props.type}
            id={entity.$id}
            name={title}
            onClose={() => setConfirmErase(false)}
            onErased={(redacted) => {
              shell.notify({ text: `Erased ${title}; ${redacted === 1 ? '1 history entry' : `${redacted} history entries`} redacted` });
              shell.close(props.tabKey);
            }}
          />
        )}
      </div>
    </FormProvider>
  );
}
