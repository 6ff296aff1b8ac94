/**
 * Masking of personal data in comments: e-mail addresses, Swedish phone numbers, personnummer and
 * samordningsnummer (checked with their control digit). Pure: no DOM.
 */
import { expect } from '@open-wc/testing';
import { isIdentityNumber, luhn, maskPersonalData, PLACEHOLDERS } from '../../src/feedback-prompt/masking.js';

const { email: EMAIL, phone: PHONE, identity: ID, number: NUMBER } = PLACEHOLDERS;

const mask = (text: string): string => maskPersonalData(text).text;

describe('masking', () => {
  describe('luhn', () => {
    it('accepts the control digit of known valid numbers', () => {
      expect(luhn('8112189876')).to.be.true; // Skatteverket's example personnummer
      expect(luhn('1212121212')).to.be.true; // "Tolvan Tolvansson", the classic test number
      expect(luhn('7010632391')).to.be.true; // a samordningsnummer (day 63 = 3rd)
    });
    it('refuses a wrong control digit and an empty string', () => {
      expect(luhn('8112189875')).to.be.false;
      expect(luhn('')).to.be.false;
    });
  });

  describe('personnummer and samordningsnummer', () => {
    const valid = [
      '811218-9876', // 10 digits with hyphen
      '8112189876', // 10 digits, no separator
      '19811218-9876', // 12 digits with hyphen
      '198112189876', // 12 digits, no separator
      '811218+9876', // "+": 100 years or older
      '121212-1212',
      '20121212-1212',
      '701063-2391', // samordningsnummer: day + 60
      '19701063-2391',
      '811218 9876', // a space, as some write it
    ];
    for (const number of valid) {
      it(`masks the valid ${number}`, () => {
        expect(isIdentityNumber(number)).to.be.true;
        const result = maskPersonalData(`Mitt nummer är ${number}, ring mig.`);
        expect(result.text).to.equal(`Mitt nummer är ${ID}, ring mig.`);
        expect(result.found.identity).to.equal(1);
      });
    }

    it('masks a mistyped one (real date, wrong control digit) as a plain number, not as an identity number', () => {
      expect(isIdentityNumber('811218-9875')).to.be.false;
      const result = maskPersonalData('Personnummer 811218-9875 och 19811218-9875.');
      expect(result.text).to.equal(`Personnummer ${NUMBER} och ${NUMBER}.`);
      expect(result.found).to.deep.equal({ email: 0, phone: 0, identity: 0, number: 2 });
    });

    it('leaves numbers with the right length but no real date alone', () => {
      for (const text of ['811318-9876', '811200-9876', '810230-1234', '19819999-1234', '12345678-1234']) {
        expect(isIdentityNumber(text), text).to.be.false;
        expect(mask(`Ärende ${text}`), text).to.equal(`Ärende ${text}`);
      }
    });

    it('leaves a century other than 18, 19 or 20 alone', () => {
      expect(isIdentityNumber('21811218-9876')).to.be.false;
      expect(mask('21811218-9876')).to.equal('21811218-9876');
    });

    it('knows 29 February: valid in a leap year only', () => {
      // 2000-02-29 (leap) passes; 2001-02-29 does not exist.
      const leap = '000229';
      const digit = [...'0123456789'].find((d) => luhn(`${leap}123${d}`))!;
      expect(isIdentityNumber(`${leap}-123${digit}`)).to.be.true;
      expect(isIdentityNumber(`20010229-123${digit}`)).to.be.false;
    });

    it('does not take numbers out of a longer run of digits', () => {
      expect(mask('Kontonummer 1234811218987612')).to.equal('Kontonummer 1234811218987612');
      expect(mask('OCR 98112189876')).to.equal('OCR 98112189876');
    });
  });

  describe('e-mail addresses', () => {
    const cases: [string, string][] = [
      ['anna.andersson@eskilstuna.se', EMAIL],
      ['Skriv till a+b@sub.example.co.uk.', `Skriv till ${EMAIL}.`],
      ['åsa.öberg@kommun.se', EMAIL],
      ['anna(at)example.se', EMAIL],
      ['anna [at] example.se', EMAIL],
      ['ANNA@EXAMPLE.SE', EMAIL],
    ];
    for (const [text, expected] of cases) {
      it(`masks ${text}`, () => {
        expect(mask(text)).to.equal(expected);
      });
    }
    it('leaves an "@" without a domain alone', () => {
      expect(mask('vi ses @ biblioteket')).to.equal('vi ses @ biblioteket');
      expect(mask('@kommunen')).to.equal('@kommunen');
    });
  });

  describe('phone numbers', () => {
    const swedish = [
      '070-123 45 67',
      '0701234567',
      '070 123 45 67',
      '070-1234567',
      '+46 70 123 45 67',
      '+46701234567',
      '+46 (0)70 123 45 67',
      '0046 70 123 45 67',
      '0046701234567',
      '08-123 456 78',
      '08-12345678',
      '08 123 45 67',
      '(08) 123 45 67',
      '016-710 00 00',
      '0480-123 45',
      '010-123 45 67',
    ];
    for (const number of swedish) {
      it(`masks ${number}`, () => {
        const result = maskPersonalData(`Ring ${number} efter lunch.`);
        expect(result.text).to.equal(`Ring ${PHONE} efter lunch.`);
        expect(result.found.phone).to.equal(1);
      });
    }

    it('masks numbers with another country code', () => {
      expect(mask('Call +44 20 7946 0958')).to.equal(`Call ${PHONE}`);
    });

    it('leaves times, dates, years, amounts and short numbers alone', () => {
      for (const text of [
        'Öppet 07.30-16.00',
        'Möte 2026-05-01 kl 08:30',
        'Budget 2026 och 2027',
        'Det kostar 1 250 kr',
        'Rum 0123',
        'Sidan 5/6/2026',
        'Skatten 21,37 %',
      ]) {
        expect(mask(text), text).to.equal(text);
      }
    });
  });

  it('masks several kinds in one text and counts each', () => {
    const result = maskPersonalData(
      'Jag heter Anna, 19811218-9876, anna@example.se, 070-123 45 67 eller 08-123 456 78.',
    );
    expect(result.text).to.equal(`Jag heter Anna, ${ID}, ${EMAIL}, ${PHONE} eller ${PHONE}.`);
    expect(result.found).to.deep.equal({ email: 1, phone: 2, identity: 1, number: 0 });
  });

  it('prefers "identity number" for a 10-digit valid personnummer that could be a phone number', () => {
    // 050101-… is born 2005; "0501011234" with a valid control digit is masked as an identity number.
    const base = '050101123';
    const digit = [...'0123456789'].find((d) => luhn(base + d))!;
    expect(maskPersonalData(base + digit).found.identity).to.equal(1);
  });

  it('leaves text without personal data as it is, and copes with a very long text', () => {
    expect(maskPersonalData('Sidan var bra!')).to.deep.equal({
      text: 'Sidan var bra!',
      found: { email: 0, phone: 0, identity: 0, number: 0 },
    });
    const long = 'Bra sida. '.repeat(10_000);
    const started = performance.now();
    expect(mask(long)).to.equal(long);
    expect(performance.now() - started).to.be.below(500);
  });
});
