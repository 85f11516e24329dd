import { describe, expect, it } from 'vitest';
import { newCondition, newGroup } from '../../../shared/query/model';
import { STAGE_KINDS, formToStage, newStage, stageToForm, type StageForm } from './stage-model';
import { fieldsBeforeStages } from './stage-fields';

describe('stage forms', () => {
  it('writes the hourly average of the reference document', () => {
    const forms: StageForm[] = [
      { kind: '$match', where: newGroup('and', [newCondition('name', 'eq', 'cpu.usage')]) },
      { kind: '$group', key: { by: 'date', field: 'timestamp', unit: 'hour' }, accumulators: [{ name: 'avg', op: '$avg', field: 'value' }] },
      { kind: '$sort', keys: [{ field: '_id', dir: 1 }] },
    ];
    expect(forms.map(formToStage)).toEqual([
      { $match: { name: 'cpu.usage' } },
      { $group: { _id: { $dateToString: { format: '%Y-%m-%dT%H:00', date: '$timestamp' } }, avg: { $avg: '$value' } } },
      { $sort: { _id: 1 } },
    ]);
  });

  it('reads every stage it writes back into the same form', () => {
    const samples: StageForm[] = [
      ...STAGE_KINDS.map(newStage),
      { kind: '$group', key: { by: 'field', field: 'worksFor.name' }, accumulators: [{ name: 'n', op: '$count', field: '' }, { name: 'ages', op: '$push', field: 'age' }] },
      { kind: '$project', mode: 'exclude', fields: ['a', 'b.c'] },
      { kind: '$unwind', field: 'tags', preserve: true },
    ];
    for (const form of samples) {
      if (form.kind === '$project' && form.fields.length === 0) continue;
      const stage = formToStage(form);
      expect(formToStage(stageToForm(stage))).toEqual(stage);
    }
  });

  it('keeps what no form can show as JSON', () => {
    for (const stage of [{ $group: { _id: '$a', x: { $sum: 2 } } }, { $project: { a: 1, b: '$c' } }, { $match: { $not: { a: 1 } } }, { $lookup: {} }]) {
      expect(stageToForm(stage)).toMatchObject({ kind: 'json' });
      expect(formToStage(stageToForm(stage))).toEqual(stage);
    }
  });

  it('offers later stages what earlier stages produce', () => {
    const fields = [{ path: 'value', kind: 'number' as const, array: false, source: 'data' as const }, { path: 'timestamp', kind: 'datetime' as const, array: false, source: 'data' as const }];
    const forms: StageForm[] = [newStage('$match'), { kind: '$group', key: { by: 'date', field: 'timestamp', unit: 'day' }, accumulators: [{ name: 'avg', op: '$avg', field: 'value' }] }, newStage('$sort')];
    const before = fieldsBeforeStages(forms, fields);
    expect(before[1]?.map((f) => f.path)).toEqual(['value', 'timestamp']);
    expect(before[2]?.map((f) => [f.path, f.kind])).toEqual([['_id', 'text'], ['avg', 'number']]);
  });
});
