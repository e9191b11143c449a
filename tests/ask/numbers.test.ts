import { describe, expect, it } from 'vitest';
import { parseAmounts, readNumber } from '../../src/ask/numbers.js';

const B = 1e9;
const T = 1e12;

/** The one amount in the text: value and currency. */
function one(text: string) {
  const amounts = parseAmounts(text);
  expect(amounts, text).toHaveLength(1);
  const [a] = amounts;
  return { value: a!.value, currency: a!.currency, ambiguous: a!.ambiguous ?? false };
}

describe('reading money as people write it', () => {
  it.each([
    // Spanish
    ['10.000 millones', 10 * B, undefined],
    ['10 mil millones', 10 * B, undefined],
    ['38.000 millones de dólares', 38 * B, 'USD'],
    ['38.000 millones de dolares', 38 * B, 'USD'],
    ['1,4 billones', 1.4 * T, undefined],
    ['US$ 10.000 millones', 10 * B, 'USD'],
    ['u$s 500 millones', 500e6, 'USD'],
    ['U$S 2.500 millones', 2.5 * B, 'USD'],
    ['5 millardos de euros', 5 * B, 'EUR'],
    ['500 mil dólares', 500e3, 'USD'],
    // Italian
    ['38 miliardi', 38 * B, undefined],
    ['1.400 miliardi', 1.4 * T, undefined],
    ['5 mld di euro', 5 * B, 'EUR'],
    ['2,5 miliardi di dollari', 2.5 * B, 'USD'],
    ['300 milioni di euro', 300e6, 'EUR'],
    // English
    ['$10B', 10 * B, 'USD'],
    ['10bn', 10 * B, undefined],
    ['10 billion', 10 * B, undefined],
    ['€1.3bn', 1.3 * B, 'EUR'],
    ['1.3 billion euros', 1.3 * B, 'EUR'],
    ['$1.4T', 1.4 * T, 'USD'],
    ['1.4 trillion', 1.4 * T, undefined],
    ['500 million', 500e6, undefined],
    ['$500,000', 500e3, 'USD'],
    ['USD 2.5bn', 2.5 * B, 'USD'],
    ['$10mn', 10e6, 'USD'],
  ] as const)('%s', (text, value, currency) => {
    expect(one(text)).toEqual({ value, currency, ambiguous: false });
  });

  it('reads the comparison word as part of the question, not of the number', () => {
    const [a] = parseAmounts('deals over 10 billion');
    expect(a).toEqual({ value: 10 * B, span: [11, 21] });
    expect('deals over 10 billion'.slice(...a!.span)).toBe('10 billion');
    expect(parseAmounts('acuerdos de más de 10.000 millones')[0]!.value).toBe(10 * B);
  });

  describe('the decimal-comma trap, both ways', () => {
    it('a comma before one or two digits is decimal: "1,4 billones" is 1.4 trillion, "2,5 miliardi" 2.5 billion', () => {
      expect(one('1,4 billones').value).toBe(1.4 * T);
      expect(one('1,25 miliardi').value).toBe(1.25 * B);
    });
    it('a comma before three digits with an English scale is thousands: "10,000 million" is 10 billion', () => {
      expect(one('10,000 million').value).toBe(10 * B);
      expect(one('$1,500 million').value).toBe(1.5 * B);
    });
    it('a point before three digits with an English scale is decimal: "$3.375B" is 3.375 billion', () => {
      expect(one('$3.375B').value).toBe(3.375 * B);
      expect(one('$1.125 billion').value).toBe(1.125 * B);
    });
    it('a point or comma before three digits with a Spanish or Italian scale is thousands', () => {
      expect(one('10.000 millones').value).toBe(10 * B);
      expect(one('10,000 millones').value).toBe(10 * B);
      expect(one('1.400 miliardi').value).toBe(1.4 * T);
    });
    it('falls back to a decimal reading when thousands would exceed anything in the industry', () => {
      expect(one('1.400 billones').value).toBe(1.4 * T);
      expect(readNumber('1.400', 1e12)).toBe(1.4);
    });
    it('both marks: the last one is decimal', () => {
      expect(readNumber('1.250,5')).toBe(1250.5);
      expect(readNumber('1,250.5')).toBe(1250.5);
      expect(readNumber('1.000.000')).toBe(1_000_000);
    });
  });

  it('flags Italian "bilioni" and "trilioni" and Spanish "trillones" as ambiguous, reading them as 10^12', () => {
    expect(one('1,4 bilioni')).toEqual({ value: 1.4 * T, currency: undefined, ambiguous: true });
    expect(one('1,4 trilioni di dollari')).toEqual({ value: 1.4 * T, currency: 'USD', ambiguous: true });
    expect(one('2 trillones')).toMatchObject({ ambiguous: true });
  });

  it('does not read years, counts, tickers or bare numbers as money', () => {
    for (const text of [
      'biggest deals of 2025',
      'top 5 deals',
      'a16z and 1789 Capital',
      'GPT-5 for 10 m people',
      'in 2026',
      '000 millones',
    ]) {
      expect(parseAmounts(text), text).toEqual([]);
    }
  });

  it('finds several amounts with their spans', () => {
    const text = 'between $10B and 38.000 millones';
    const amounts = parseAmounts(text);
    expect(amounts.map((a) => a.value)).toEqual([10 * B, 38 * B]);
    expect(amounts.map((a) => text.slice(...a.span))).toEqual(['$10B', '38.000 millones']);
  });

  it('reads numbers written in words before a scale, in the three languages', () => {
    const cases: [string, number, string][] = [
      ['deals over fifty billion dollars', 50 * B, 'fifty billion dollars'],
      ['a hundred billion from nvidia', 100 * B, 'a hundred billion'],
      ['one hundred fifty million', 0.15 * B, 'one hundred fifty million'],
      ['más de diez mil millones de dólares', 10 * B, 'diez mil millones de dólares'],
      ['rondas de mas de mil millones', 1 * B, 'mil millones'],
      ['ciento cincuenta millones', 0.15 * B, 'ciento cincuenta millones'],
      ['sopra i cinquanta miliardi', 50 * B, 'cinquanta miliardi'],
      ['oltre i due miliardi', 2 * B, 'due miliardi'],
    ];
    for (const [text, value, span] of cases) {
      const amounts = parseAmounts(text);
      expect(
        amounts.map((a) => a.value),
        text,
      ).toEqual([value]);
      expect(text.slice(...amounts[0]!.span), text).toBe(span);
    }
    // Digits keep their reading: "10 mil millones" is ten thousand million, not "mil millones" alone.
    expect(parseAmounts('10 mil millones').map((a) => a.value)).toEqual([10 * B]);
    // A number word without a scale is not money.
    for (const text of ['one of the deals', 'due accordi', 'cinco empresas'])
      expect(parseAmounts(text), text).toEqual([]);
  });

  it('reads yuan as CNY', () => {
    expect(parseAmounts('fifty billion yuan')[0]?.currency).toBe('CNY');
    expect(parseAmounts('cincuenta mil millones de yuanes')[0]?.currency).toBe('CNY');
  });
});

describe('numbers in words read back from their scale', () => {
  it.each([
    ['ha raccolto duecentoquaranta miliardi', 240 * B],
    ['più di centotrenta milioni', 0.13 * B],
    ['unos diecisiete mil millones', 17 * B],
    ['over a hundred bn', 100 * B],
    ['nineteen billion dollars', 19 * B],
    ['settecento miliardi', 700 * B],
  ])('%s', (text, value) => {
    expect(one(text).value).toBe(value);
  });

  it('reads only the number words right before the scale', () => {
    const [a] = parseAmounts('deals of one company worth fifty billion');
    expect(a?.value).toBe(50 * B);
    expect(parseAmounts('the plan has two phases and no billion figure')).toHaveLength(0);
  });
});
