/**
 * Pure edits of the builder's group tree, addressed by id: the components dispatch these
 * and never mutate the model, so undo, saving and the JSON view all see plain values.
 */
import type { ConditionModel, GroupModel } from '../../../shared/query/model';

type Item = GroupModel | ConditionModel;

/** The group with the item `id` replaced by `fn(item)` (wherever it sits). */
export function updateItem(group: GroupModel, id: string, fn: (item: Item) => Item): GroupModel {
  if (group.id === id) return fn(group) as GroupModel;
  return {
    ...group,
    items: group.items.map((item) => (item.id === id ? fn(item) : item.kind === 'group' ? updateItem(item, id, fn) : item)),
  };
}

/** The group without the item `id`. */
export function removeItem(group: GroupModel, id: string): GroupModel {
  return {
    ...group,
    items: group.items.filter((item) => item.id !== id).map((item) => (item.kind === 'group' ? removeItem(item, id) : item)),
  };
}

/** The group with `item` appended to the group `groupId`. */
export function addItem(group: GroupModel, groupId: string, item: Item): GroupModel {
  return updateItem(group, groupId, (g) => ({ ...(g as GroupModel), items: [...(g as GroupModel).items, item] }));
}

/** How many conditions the tree holds. */
export function countConditions(group: GroupModel): number {
  return group.items.reduce((n, item) => n + (item.kind === 'group' ? countConditions(item) : 1), 0);
}
