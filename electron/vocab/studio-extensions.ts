/**
 * What the app adds to schema.org: two code properties the reference document uses
 * (`Occupation.onetCode`, `Organization.naicsCode`), checks on well-known properties, and
 * which properties of a person are personal data. schema.org itself declares none of this.
 */
import type { Constraints } from '../../shared/vocab/descriptor';

/** A property the app adds to a schema.org type. */
export interface ExtensionProperty {
  domain: string;
  range: string[];
  comment: string;
}

/** Properties added to schema.org types; they are not counted as schema.org terms. */
export const EXTENSION_PROPERTIES: Readonly<Record<string, ExtensionProperty>> = {
  onetCode: { domain: 'Occupation', range: ['Text'], comment: 'The O*NET-SOC code of the occupation, such as 15-1252.00.' },
  naicsCode: { domain: 'Organization', range: ['Text'], comment: 'The 2022 NAICS code of the organization, such as 541511 (the same list as naics).' },
};

/** The layer name of the app's additions. */
export const EXTENSION_LAYER = 'studio';

/** Checks applied to properties wherever they appear. */
export const PROPERTY_CONSTRAINTS: Readonly<Record<string, Constraints>> = {
  email: { format: 'email' },
  telephone: { format: 'e164' },
  faxNumber: { format: 'e164' },
  naics: { code: { list: 'naics', codeLike: false } },
  naicsCode: { code: { list: 'naics', codeLike: false } },
  // Free-text properties: only values shaped like a code are checked against the list.
  industry: { code: { list: 'naics', codeLike: true } },
  onetCode: { code: { list: 'onet', codeLike: false } },
  occupationalCategory: { code: { list: 'onet', codeLike: true } },
};

/** Properties that identify or describe a person: personal data on `Person` and its subtypes. */
export const PERSON_PII = new Set([
  'name',
  'givenName',
  'familyName',
  'additionalName',
  'alternateName',
  'email',
  'telephone',
  'faxNumber',
  'address',
  'homeLocation',
  'birthDate',
  'birthPlace',
  'deathDate',
  'deathPlace',
  'gender',
  'nationality',
  'taxID',
  'vatID',
  'height',
  'weight',
  'image',
  'spouse',
  'parent',
  'parents',
  'children',
  'sibling',
  'siblings',
  'relatedTo',
  'netWorth',
]);

/** The type whose subtypes carry personal data. */
export const PII_TYPE = 'Person';
