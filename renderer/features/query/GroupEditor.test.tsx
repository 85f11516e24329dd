import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldSpec } from '../../../shared/query/fields';
import { newGroup, type GroupModel } from '../../../shared/query/model';
import { groupToFilter } from '../../../shared/query/to-where';
import { GroupEditor } from './GroupEditor';

const fields: FieldSpec[] = [
  { path: 'name', kind: 'text', array: false, source: 'both' },
  { path: 'age', kind: 'number', array: false, source: 'data' },
  { path: 'worksFor.name', kind: 'text', array: false, source: 'both' },
  { path: 'birthDate', kind: 'date', array: false, source: 'vocabulary' },
  { path: 'gender', kind: 'enum', array: false, members: ['Female', 'Male'], source: 'vocabulary' },
  { path: 'knowsLanguage', kind: 'text', array: true, source: 'both' },
];

let latest: GroupModel = newGroup();
function Harness() {
  const [root, setRoot] = useState<GroupModel>(newGroup());
  latest = root;
  return <GroupEditor root={root} fields={fields} onChange={setRoot} />;
}

afterEach(cleanup);

async function addCondition(n: number, path: string): Promise<HTMLElement> {
  fireEvent.click(screen.getAllByRole('button', { name: '+ Condition' })[0]!);
  const row = screen.getByRole('group', { name: `Condition ${n}` });
  const box = within(row).getByRole('combobox', { name: 'Field' });
  fireEvent.focus(box);
  fireEvent.change(box, { target: { value: path } });
  await act(async () => fireEvent.click(within(row).getAllByRole('option')[0]!));
  return row;
}

const operators = (row: HTMLElement) => within(row).getAllByRole('option').filter((o) => o.closest('select')).map((o) => o.textContent);

describe('GroupEditor', { timeout: 30_000 }, () => {
  it('offers operators and value editors by the field range and writes the where JSON', async () => {
    render(<Harness />);
    const org = await addCondition(1, 'worksFor.name');
    expect(operators(org)).toEqual(['equals', 'does not equal', 'contains', 'starts with', 'matches regex', 'in list', 'not in list', 'exists', 'does not exist', 'is empty']);
    fireEvent.change(within(org).getByLabelText('Value'), { target: { value: 'Acme Inc' } });

    const age = await addCondition(2, 'age');
    expect(operators(age)).toContain('between');
    expect(operators(age)).not.toContain('contains');
    fireEvent.change(within(age).getByRole('combobox', { name: 'Operator' }), { target: { value: 'between' } });
    fireEvent.change(within(age).getByLabelText('From'), { target: { value: '30' } });
    fireEvent.change(within(age).getByLabelText('To'), { target: { value: '40' } });
    expect(within(age).getByLabelText('From')).toHaveProperty('type', 'number');

    expect(groupToFilter(latest)).toEqual({ 'worksFor.name': 'Acme Inc', age: { $gte: 30, $lte: 40 } });
  });

  it('gives dates a date picker, enumerations a select and lists list operators', async () => {
    render(<Harness />);
    const born = await addCondition(1, 'birthDate');
    expect(within(born).getByLabelText('Value')).toHaveProperty('type', 'date');
    expect(operators(born)).toContain('before');
    const gender = await addCondition(2, 'gender');
    expect(within(within(gender).getByLabelText('Value')).getAllByRole('option').map((o) => o.textContent)).toEqual(['choose…', 'Female', 'Male']);
    const languages = await addCondition(3, 'knowsLanguage');
    expect(operators(languages)).toEqual(['contains', 'any of', 'none of', 'exists', 'does not exist', 'is empty']);
  });

  it('nests an OR group and removes conditions', async () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: '+ Group' }));
    expect(latest.items[0]).toMatchObject({ kind: 'group', combinator: 'or' });
    fireEvent.click(screen.getByRole('button', { name: 'Remove group' }));
    expect(latest.items).toEqual([]);
  });
});
