/**
 * Collection settings: the governed collections on the left; for the chosen one, its personal
 * data and encryption, retention (with what is due now), cache (with hits and misses) and
 * indexes; the workspace's migrations, schema evolutions and custom types below.
 */
import { useState } from 'react';
import { useApi } from '../../api/useApi';
import { useShell } from '../../app/useShell';
import { CustomTypesPanel } from '../types/CustomTypesPanel';
import { CollectionEditor } from './CollectionEditor';
import { EvolvePanel } from './EvolvePanel';
import { GovernanceBanner } from './GovernanceBanner';
import { MigrationsPanel } from './MigrationsPanel';
import { RetentionPreview } from './RetentionPreview';

export function SettingsView() {
  const shell = useShell();
  const governance = useApi('settings.governance', {}, 'governance');
  const collections = useApi('settings.collections', {}, 'collections');
  const stats = useApi('settings.cacheStats', {}, 'cache', ['entities.changed']);
  const [selected, setSelected] = useState<string | undefined>();
  const readOnly = governance.data?.readOnly ?? false;
  const governed = collections.data?.map((c) => c.type) ?? [];
  const present = shell.types.map((t) => t.type);
  const names = [...new Set([...governed, ...present])].sort();
  const type = selected ?? names[0];
  const view = useApi('settings.collection', { type: type ?? 'Thing' }, `collection/${type}`);
  const typeStats = type ? stats.data?.types[type] : undefined;

  return (
    <div className="view settings-view">
      <div className="toolbar">
        <h1>Collection settings</h1>
      </div>
      <GovernanceBanner />
      <div className="settings-body">
        <nav className="settings-nav" aria-label="Collections">
          <ul>
            {names.map((name) => (
              <li key={name}>
                <button type="button" className={`settings-nav-item${name === type ? ' active' : ''}`} aria-current={name === type} onClick={() => setSelected(name)}>
                  {name}
                  {governed.includes(name) && <span className="badge">governed</span>}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <div className="settings-main">
          {view.error && <p className="banner-error">{view.error.message}</p>}
          {type && view.data && view.data.type === type && (
            <>
              <h2>{type}</h2>
              <CollectionEditor
                key={type}
                view={view.data}
                readOnly={readOnly}
                onSaved={() => {
                  view.reload();
                  collections.reload();
                }}
              />
              <RetentionPreview type={type} readOnly={readOnly} rulesKey={JSON.stringify([view.data.settings.retention, view.data.settings.indexes])} />
              <section className="settings-section" aria-label="Cache statistics">
                <h3>Cache</h3>
                {typeStats ? (
                  <p>
                    {typeStats.hits} hits, {typeStats.misses} misses, {typeStats.size} cached reads
                  </p>
                ) : (
                  <p className="muted">Reads of {type} are not cached.</p>
                )}
              </section>
              <EvolvePanel type={type} readOnly={readOnly} />
            </>
          )}
          <MigrationsPanel readOnly={readOnly} />
          <CustomTypesPanel />
        </div>
      </div>
    </div>
  );
}
