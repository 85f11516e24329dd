/**
 * Views other features add to the shell (the query builder, the vocabulary browser): each
 * registers a title and a renderer; the palette offers "Open <title>" and the shell shows
 * it in a tab of its own.
 */
import type { ReactNode } from 'react';

/** A view a feature adds to the shell. */
export interface ShellView {
  /** Stable id, used in the tab key (`view:query`). */
  id: string;
  title: string;
  /** Words the command palette matches besides the title. */
  keywords?: string;
  /** Renders the view; `fromType` is the type of the table it was opened from, if any. */
  render: (context: { fromType?: string }) => ReactNode;
}

const views = new Map<string, ShellView>();

/** Adds (or replaces) a view; features call this once at start-up. */
export function registerView(view: ShellView): void {
  views.set(view.id, view);
}

/** The registered views, in registration order. */
export function shellViews(): ShellView[] {
  return [...views.values()];
}

/** One registered view, or undefined. */
export function shellView(id: string): ShellView | undefined {
  return views.get(id);
}
