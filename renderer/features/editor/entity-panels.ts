/**
 * Panels other features add to the entity view beside Form and JSON-LD (the audit history):
 * each registers a label and a renderer for a `{ type, id }`.
 */
import type { ReactNode } from 'react';

/** A panel of the entity view. */
export interface EntityPanel {
  id: string;
  label: string;
  render: (entity: { type: string; id: string }) => ReactNode;
}

const panels = new Map<string, EntityPanel>();

/** Adds (or replaces) a panel; features call this once at start-up. */
export function registerEntityPanel(panel: EntityPanel): void {
  panels.set(panel.id, panel);
}

/** The registered panels, in registration order. */
export function entityPanels(): EntityPanel[] {
  return [...panels.values()];
}
