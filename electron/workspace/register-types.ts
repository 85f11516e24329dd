/** Registers a workspace's custom types and type extensions on the vocabulary, so writes are validated against them. */
import type { Vocabulary } from '../vocab/vocabulary';
import type { WorkspaceConfig } from './config-schema';

/** Defines the configuration's custom types, then its extensions (which may name those types). */
export function registerWorkspaceTypes(vocab: Vocabulary, config: WorkspaceConfig): void {
  for (const definition of config.types) vocab.defineCustomType(definition);
  for (const [type, extension] of Object.entries(config.extend)) vocab.extendType(type, extension);
}
