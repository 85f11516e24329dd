import { describe, expect, it } from 'vitest';
import { sanitizeEmail, sanitizeName, sanitizePhone, sanitizeText, sanitizeUrl } from './sanitizers';

describe('sanitizers', () => {
  it('tidies e-mail addresses', () => {
    expect(sanitizeEmail('  John.Doe@Example.COM ')).toBe('john.doe@example.com');
    expect(() => sanitizeEmail('john at example')).toThrow(/not an e-mail/);
  });

  it('writes phone numbers in E.164', () => {
    expect(sanitizePhone('(555) 123-4567')).toBe('+15551234567');
    expect(sanitizePhone('1-555-123-4567')).toBe('+15551234567');
    expect(sanitizePhone('+44 20 7946 0958')).toBe('+442079460958');
    expect(sanitizePhone('0044 20 7946 0958')).toBe('+442079460958');
    expect(sanitizePhone('020 7946 0958', '44')).toBe('+442079460958');
    expect(() => sanitizePhone('call me')).toThrow(/not a phone/);
    expect(() => sanitizePhone('123')).toThrow(/E.164/);
  });

  it('capitalises names typed in one case and leaves mixed case alone', () => {
    expect(sanitizeName('  john   doe ')).toBe('John Doe');
    expect(sanitizeName('LUDWIG VAN BEETHOVEN')).toBe('Ludwig van Beethoven');
    expect(sanitizeName("mary-jane o'neil")).toBe("Mary-Jane O'Neil");
    expect(sanitizeName('Ursula von der Leyen')).toBe('Ursula von der Leyen');
    expect(() => sanitizeName('   ')).toThrow(/empty/);
  });

  it('makes URLs absolute http(s) with a lower-case host', () => {
    expect(sanitizeUrl('Example.COM/Path?q=1')).toBe('https://example.com/Path?q=1');
    expect(sanitizeUrl('http://localhost:8080/x')).toBe('http://localhost:8080/x');
    expect(() => sanitizeUrl('javascript:alert(1)')).toThrow(/http or https/);
    expect(() => sanitizeUrl('not a url')).toThrow(/not a URL/);
  });

  it('strips control characters from text', () => {
    expect(sanitizeText(' a\u0000b\u0007c\nd ')).toBe('abc\nd');
    expect(sanitizeText('e\u0301')).toBe('é');
  });
});
