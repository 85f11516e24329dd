/** `$group`'s accumulators in JavaScript: one small state machine per output field. */
import { compareValues } from './compare';
import type { AccumulatorOp } from './stages';

/** Folds the values of one group into one output value. */
export interface AccumulatorState {
  add(value: unknown): void;
  result(): unknown;
}

/** A fresh state for an accumulator. `undefined` values are missing fields. */
export function newAccumulator(op: AccumulatorOp): AccumulatorState {
  switch (op) {
    case '$sum': {
      let sum = 0;
      return { add: (v) => void (typeof v === 'number' && (sum += v)), result: () => sum };
    }
    case '$count': {
      let n = 0;
      return { add: () => void (n += 1), result: () => n };
    }
    case '$avg': {
      let sum = 0;
      let n = 0;
      return {
        add: (v) => {
          if (typeof v === 'number') (sum += v), (n += 1);
        },
        result: () => (n === 0 ? null : sum / n),
      };
    }
    case '$min':
    case '$max': {
      const sign = op === '$min' ? -1 : 1;
      let best: unknown;
      return {
        add: (v) => {
          if (v === undefined || v === null) return;
          if (best === undefined || compareValues(v, best) * sign > 0) best = v;
        },
        result: () => best ?? null,
      };
    }
    case '$push': {
      const all: unknown[] = [];
      return { add: (v) => void all.push(v ?? null), result: () => all };
    }
    case '$first': {
      let seen = false;
      let first: unknown = null;
      return {
        add: (v) => {
          if (!seen) (seen = true), (first = v ?? null);
        },
        result: () => first,
      };
    }
    case '$last': {
      let last: unknown = null;
      return { add: (v) => void (last = v ?? null), result: () => last };
    }
  }
}
