/**
 * The realistic raw material of the demo: names, places, real O*NET occupation and NAICS
 * industry codes (a test checks each code against the shipped code lists).
 */

export const GIVEN_NAMES = [
  'Ada', 'Alan', 'Amara', 'Ana', 'Arjun', 'Beatriz', 'Chen', 'Chloe', 'Daniel', 'Dmitri', 'Elena', 'Emeka', 'Fatima',
  'Grace', 'Hana', 'Ibrahim', 'Isabel', 'Jamal', 'Jane', 'John', 'Julia', 'Kenji', 'Laura', 'Leila', 'Lucas', 'Maria',
  'Mateo', 'Mei', 'Miguel', 'Nadia', 'Noah', 'Olivia', 'Omar', 'Priya', 'Rafael', 'Rosa', 'Samuel', 'Sofia', 'Tariq',
  'Thomas', 'Valentina', 'Wei', 'Yara', 'Yusuf', 'Zoe',
] as const;

export const FAMILY_NAMES = [
  'Adeyemi', 'Almeida', 'Andersen', 'Bauer', 'Becker', 'Chen', 'Costa', 'Dubois', 'Fischer', 'Garcia', 'Haddad',
  'Hansen', 'Hernandez', 'Ito', 'Jensen', 'Kim', 'Kowalski', 'Kumar', 'Larsen', 'Lopez', 'Martin', 'Moreau', 'Nakamura',
  'Nguyen', 'Novak', 'Okafor', 'Park', 'Patel', 'Petrov', 'Rossi', 'Santos', 'Schmidt', 'Silva', 'Singh', 'Suzuki',
  'Tanaka', 'Walker', 'Weber', 'Williams', 'Yilmaz',
] as const;

/** Cities with their region, postal code pattern and country. */
export const CITIES = [
  { city: 'Springfield', region: 'IL', postal: '627', country: 'US' },
  { city: 'Austin', region: 'TX', postal: '787', country: 'US' },
  { city: 'Portland', region: 'OR', postal: '972', country: 'US' },
  { city: 'Boston', region: 'MA', postal: '021', country: 'US' },
  { city: 'Denver', region: 'CO', postal: '802', country: 'US' },
  { city: 'Seattle', region: 'WA', postal: '981', country: 'US' },
  { city: 'Chicago', region: 'IL', postal: '606', country: 'US' },
  { city: 'Raleigh', region: 'NC', postal: '276', country: 'US' },
] as const;

export const STREETS = ['Main St', 'Oak Ave', 'Maple Dr', 'Cedar Ln', 'Elm St', 'Pine Rd', 'Market St', 'Harbor Way', 'Mill Rd', 'Park Ave'] as const;

/** O*NET-SOC occupations with the job titles people write for them. */
export const OCCUPATIONS = [
  { code: '15-1252.00', title: 'Software Developers', jobTitles: ['Software Engineer', 'Senior Software Engineer', 'Backend Developer'] },
  { code: '15-1253.00', title: 'Software Quality Assurance Analysts and Testers', jobTitles: ['QA Engineer', 'Test Analyst'] },
  { code: '15-2051.00', title: 'Data Scientists', jobTitles: ['Data Scientist', 'Machine Learning Engineer'] },
  { code: '15-1244.00', title: 'Network and Computer Systems Administrators', jobTitles: ['Systems Administrator', 'Site Reliability Engineer'] },
  { code: '15-1212.00', title: 'Information Security Analysts', jobTitles: ['Security Analyst'] },
  { code: '11-3021.00', title: 'Computer and Information Systems Managers', jobTitles: ['Engineering Manager', 'IT Director'] },
  { code: '13-2011.00', title: 'Accountants and Auditors', jobTitles: ['Accountant', 'Senior Auditor'] },
  { code: '11-3031.00', title: 'Financial Managers', jobTitles: ['Finance Manager', 'Controller'] },
  { code: '11-2021.00', title: 'Marketing Managers', jobTitles: ['Marketing Manager', 'Head of Growth'] },
  { code: '13-1161.00', title: 'Market Research Analysts and Marketing Specialists', jobTitles: ['Marketing Specialist'] },
  { code: '27-1024.00', title: 'Graphic Designers', jobTitles: ['Graphic Designer', 'Visual Designer'] },
  { code: '43-4051.00', title: 'Customer Service Representatives', jobTitles: ['Support Specialist', 'Customer Success Associate'] },
  { code: '41-3091.00', title: 'Sales Representatives of Services, Except Advertising, Insurance, Financial Services, and Travel', jobTitles: ['Account Executive'] },
  { code: '13-1071.00', title: 'Human Resources Specialists', jobTitles: ['HR Specialist', 'Recruiter'] },
  { code: '11-1021.00', title: 'General and Operations Managers', jobTitles: ['Operations Manager', 'General Manager'] },
  { code: '13-1111.00', title: 'Management Analysts', jobTitles: ['Business Analyst', 'Consultant'] },
  { code: '23-1011.00', title: 'Lawyers', jobTitles: ['Corporate Counsel'] },
  { code: '17-2141.00', title: 'Mechanical Engineers', jobTitles: ['Mechanical Engineer'] },
  { code: '29-1141.00', title: 'Registered Nurses', jobTitles: ['Registered Nurse'] },
  { code: '43-6014.00', title: 'Secretaries and Administrative Assistants, Except Legal, Medical, and Executive', jobTitles: ['Office Administrator'] },
] as const;

/** Organizations: the first is the reference document's Acme Inc. */
export const ORGANIZATIONS = [
  { name: 'Acme Inc', naics: '541511', domain: 'acme.example' },
  { name: 'Globex Corporation', naics: '334111', domain: 'globex.example' },
  { name: 'Initech', naics: '541512', domain: 'initech.example' },
  { name: 'Umbrella Health', naics: '621111', domain: 'umbrella-health.example' },
  { name: 'Stark Analytics', naics: '541611', domain: 'stark-analytics.example' },
  { name: 'Wayne Logistics', naics: '488510', domain: 'wayne-logistics.example' },
  { name: 'Hooli', naics: '513210', domain: 'hooli.example' },
  { name: 'Pied Piper', naics: '513210', domain: 'piedpiper.example' },
  { name: 'Vandelay Industries', naics: '423430', domain: 'vandelay.example' },
  { name: 'Soylent Foods', naics: '311811', domain: 'soylent.example' },
  { name: 'Cyberdyne Systems', naics: '541715', domain: 'cyberdyne.example' },
  { name: 'Tyrell Pharma', naics: '325412', domain: 'tyrell.example' },
  { name: 'Oceanic Bank', naics: '522110', domain: 'oceanic-bank.example' },
  { name: 'Blue Sun Retail', naics: '455110', domain: 'bluesun.example' },
  { name: 'Northwind Traders', naics: '449210', domain: 'northwind.example' },
  { name: 'Contoso University', naics: '611310', domain: 'contoso.example' },
] as const;

/** Product lines with brands, categories and price ranges. */
export const PRODUCT_LINES = [
  { category: 'Laptops', brand: 'Globex', names: ['Globex Book 13', 'Globex Book Pro 15', 'Globex Air 14'], price: [899, 2499] },
  { category: 'Monitors', brand: 'Vistra', names: ['Vistra 27" 4K Monitor', 'Vistra 32" Curved Monitor', 'Vistra 24" Office Monitor'], price: [179, 899] },
  { category: 'Keyboards', brand: 'Keyforge', names: ['Keyforge Mechanical TKL', 'Keyforge Wireless Slim', 'Keyforge Ergo Split'], price: [49, 229] },
  { category: 'Headphones', brand: 'Sonora', names: ['Sonora NC700', 'Sonora Studio Monitor', 'Sonora Buds Pro'], price: [79, 399] },
  { category: 'Software', brand: 'Hooli', names: ['Hooli Docs Team', 'Hooli Mail Business', 'Hooli Drive 2 TB'], price: [6, 30] },
  { category: 'Coffee', brand: 'Soylent Roasters', names: ['House Blend 1 kg', 'Single Origin Ethiopia 250 g', 'Decaf Colombia 500 g'], price: [9, 38] },
] as const;

export const PLANS = { basic: 9, pro: 29, enterprise: 99 } as const;

export const BLOG_TOPICS = [
  'Modelling customers with schema.org',
  'Why we moved our catalogue to JSON-LD',
  'NAICS codes explained for data stewards',
  'Five audit-trail habits that save weekends',
  'Masking personal data without losing your mind',
  'Query patterns for nested addresses',
  'What O*NET tells you about your team',
  'Designing subscriptions that customers understand',
] as const;

export const COMMENT_LINES = [
  'Great write-up, thanks!',
  'We ran into the same problem with duplicate organizations.',
  'Could you share the query you used for the second chart?',
  'This saved me an afternoon.',
  'How does this work with custom types?',
  'We switched to referencing organizations instead of embedding them.',
] as const;

export const HOSTS = ['web-1', 'web-2', 'db-1'] as const;
