/**
 * Masking aggregation results. A pipeline groups, projects and accumulates on the stored
 * values (so two people with the same e-mail still form one group), but what it answers may
 * carry personal data out under new names: `{ $group: { _id: '$email' } }` answers e-mail
 * addresses as `_id`. The pipeline's stages are followed to learn, for every output field,
 * which source field it comes from, and an output that comes from personal data is masked
 * by that field's kind.
 */
import type { PiiPolicy } from '../../../shared/governance/pii-policy';
import type { DescriptorLookup } from '../../../shared/vocab/descriptor';
import type { Expr } from '../../query/aggregate/expressions';
import { parsePipeline, type Accumulator, type Projection, type Stage } from '../../query/aggregate/stages';
import { entityShape, maskByShape, NO_PII, objectShape, piiLeaf, shapeAt, unionShape, type PiiShape } from './pii-shape';

/** The rows of `pipeline` over `type` with the personal data they carry masked. */
export function maskAggregateRows(
  type: string,
  pipeline: unknown,
  rows: ReadonlyArray<Record<string, unknown>>,
  policy: PiiPolicy,
  lookup: DescriptorLookup | undefined,
): Array<Record<string, unknown>> {
  const shape = outputShape(parsePipeline(pipeline), entityShape(policy, lookup, [type]));
  return rows.map((row) => maskByShape(shape, row, policy) as Record<string, unknown>);
}

/** The shape of the documents a pipeline answers, from the shape of those it reads. */
export function outputShape(stages: readonly Stage[], input: PiiShape): PiiShape {
  return stages.reduce(stageShape, input);
}

function stageShape(shape: PiiShape, stage: Stage): PiiShape {
  switch (stage.kind) {
    case 'group':
      return objectShape(new Map([['_id', exprShape(stage.id, shape)], ...stage.accumulators.map((a) => [a.name, accumulatorShape(a, shape)] as const)]));
    case 'project':
      return stage.exclusion ? shape : projectShape(stage.fields, stage.keepId, shape);
    default:
      // $match, $sort, $limit, $skip and $unwind keep every field where it was.
      return shape;
  }
}

function exprShape(expr: Expr, doc: PiiShape): PiiShape {
  switch (expr.kind) {
    case 'path':
      return shapeAt(doc, expr.segments);
    case 'literal':
      return NO_PII;
    case 'object':
      return objectShape(new Map(expr.fields.map(([key, item]) => [key, exprShape(item, doc)] as const)));
    case 'array':
      return expr.items.reduce((acc, item) => unionShape(acc, exprShape(item, doc)), NO_PII);
    case 'dateToString':
      return unionShape(exprShape(expr.date, doc), expr.onNull ? exprShape(expr.onNull, doc) : NO_PII);
  }
}

function accumulatorShape(accumulator: Accumulator, doc: PiiShape): PiiShape {
  if (accumulator.op === '$count') return NO_PII;
  const source = exprShape(accumulator.expr, doc);
  // A sum or average over one person's value is that value: masked like it.
  if (accumulator.op === '$sum' || accumulator.op === '$avg') return source.kind ? piiLeaf(source.kind) : NO_PII;
  return source;
}

function projectShape(fields: readonly Projection[], keepId: boolean, doc: PiiShape): PiiShape {
  const root: Tree = new Map();
  if (keepId) root.set('_id', doc.at('_id'));
  for (const field of fields) place(root, field.path, field.mode === 'compute' ? exprShape(field.expr, doc) : shapeAt(doc, field.path));
  return treeShape(root);
}

type Tree = Map<string, PiiShape | Tree>;

function place(tree: Tree, path: readonly string[], shape: PiiShape): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    tree.set(head, shape);
    return;
  }
  let child = tree.get(head);
  if (!(child instanceof Map)) {
    child = new Map();
    tree.set(head, child);
  }
  place(child, rest, shape);
}

function treeShape(tree: Tree): PiiShape {
  return objectShape(new Map([...tree].map(([key, node]) => [key, node instanceof Map ? treeShape(node) : node] as const)));
}
