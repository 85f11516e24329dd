/** Registers the shipped example custom types and extensions (Subscription, Metric, Tenant; Order totals). */
import { exampleCustomTypes, exampleExtensions } from '../../shared/vocab/examples';
import type { Vocabulary } from './vocabulary';

/** Defines the example custom types and type extensions on a vocabulary. */
export function installExamples(vocab: Vocabulary): void {
  for (const def of exampleCustomTypes) vocab.defineCustomType(def);
  for (const [type, extension] of Object.entries(exampleExtensions)) vocab.extendType(type, extension);
}
