/**
 * Leaf schemas for schema.org data types. Dates travel as ISO strings (JSON has no date);
 * a `Date` object is accepted and turned into its ISO form so stored data stays JSON.
 */
import { z } from 'zod';
import type { DataTypeName } from './descriptor';

const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true, local: true });
// schema.org Time is a time of day with an optional zone (`09:30`, `09:30:00+02:00`).
const isoTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):?[0-5]\d)?$/, 'Expected an ISO time such as 09:30 or 09:30:00Z');
// ISO 8601 durations (`PT1H30M`, `P3D`), which schema.org asks for on Duration values.
const isoDuration = z
  .string()
  .regex(/^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/, 'Expected an ISO 8601 duration such as PT1H30M');

const dateValue = z.union([
  z.date().transform((d) => d.toISOString().slice(0, 10)),
  isoDate,
]);
const dateTimeValue = z.union([z.date().transform((d) => d.toISOString()), isoDateTime]);
const text = z.string();
const mapValue = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]));

const schemas: Record<DataTypeName, z.ZodType> = {
  Text: text,
  CssSelectorType: text,
  XPathType: text,
  PronounceableText: text,
  URL: z.url({ message: 'Expected a URL such as https://example.com' }),
  Date: dateValue,
  DateTime: dateTimeValue,
  Time: isoTime,
  Number: z.number().finite(),
  Float: z.number().finite(),
  Integer: z.number().int(),
  Boolean: z.boolean(),
  // Quantities are text such as "3 kg" or "4.5 km" in schema.org.
  Quantity: text,
  Distance: text,
  Energy: text,
  Mass: text,
  Duration: isoDuration,
  Map: mapValue,
};

/** The schema of one value of a data type. */
export function dataTypeSchema(type: DataTypeName): z.ZodType {
  return schemas[type];
}

/** Whether a JS value has the right primitive shape for a data type (used to pick the range that explains a failure). */
export function plausibleFor(type: DataTypeName, value: unknown): boolean {
  switch (type) {
    case 'Number':
    case 'Float':
    case 'Integer':
      return typeof value === 'number';
    case 'Boolean':
      return typeof value === 'boolean';
    case 'Date':
    case 'DateTime':
      return typeof value === 'string' || value instanceof Date;
    case 'Map':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    default:
      return typeof value === 'string';
  }
}
