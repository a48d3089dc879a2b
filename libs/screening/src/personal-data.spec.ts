import { findPersonalData, PersonalDataFinding } from './personal-data';
import { MAX_SCREENED_LENGTH } from './screening-limit';

describe('findPersonalData', () => {
  const caught: [string, string, PersonalDataFinding][] = [
    ['a US phone number in brackets', 'patron called from (555) 123-4567', 'phone number'],
    ['a phone number with dots', 'call back on 555.123.4567', 'phone number'],
    ['a phone number with spaces', 'call back on 555 123 4567', 'phone number'],
    ['a phone number with dashes', 'call back on 555-123-4567', 'phone number'],
    ['an international phone number', 'rang from +44 20 7946 0958 yesterday', 'phone number'],
    ['a phone number with en dashes', 'call 555–123–4567', 'phone number'],
    ['a card number with spaces', 'card 4111 1111 1111 1111 left at desk', 'card number'],
    ['a card number with dots', 'card 4111.1111.1111.1111', 'card number'],
    ['a card number with dashes', 'card 4111-1111-1111-1111', 'card number'],
    ['a library barcode', 'barcode 21234001234567 renewed', 'long number'],
    ['an eight-digit card number', 'card 12345678', 'long number'],
    ['digits separated by zero-width spaces', 'call 5\u200B5\u200B5\u200B1\u200B2\u200B3\u200B4\u200B5\u200B6\u200B7', 'phone number'],
    ['digits separated by soft hyphens and bidi marks', 'call 555\u00AD123\u200E4567', 'phone number'],
    ['full-width digits', 'call ５５５ １２３ ４５６７', 'phone number'],
    ['Arabic-Indic digits', 'call ٥٥٥١٢٣٤٥٦٧', 'phone number'],
    ['a number glued to a word', 'card#12345678', 'long number'],
    ['a phone number labelled ISBN', 'ISBN 555-123-4567', 'phone number'],
    ['an ISBN-10 shape with a wrong check digit', 'ISBN 0-306-40615-3', 'phone number'],
    ['a phone number next to a date', '2026-03-02 call (555) 123-4567', 'phone number'],
    ['an ordinary email address', 'jane.doe@example.org asked', 'email address'],
    ['an email address without a dot', 'write to jane@example', 'email address'],
    ['a full-width at sign', 'jane＠example.org', 'email address'],
    ['a small commercial at', 'jane﹫example.org', 'email address'],
    ['an email address with zero-width characters', 'jane\u200B@\u200Bexample.org', 'email address'],
    ['a numeric local part', '12345@campus.example', 'email address'],
    ['a long run of spaced digits', '1 '.repeat(500), 'long number'],
    ['a long number after a list of prices', `${'12.50 '.repeat(20)}555 123 4567 890`, 'long number'],
  ];

  const harmless: [string, string][] = [
    ['an ISO date', 'follow up on 2026-03-02'],
    ['two ISO dates', 'between 2026-03-02 2026-03-09'],
    ['a date-time with an offset', 'seen 2026-03-02T14:10:00+01:00'],
    ['a date and a time', 'on 2026-03-02 14:10'],
    ['a compact date', 'report 20260302'],
    ['a day-first date', 'am 02.03.2026 wieder'],
    ['a time', 'from 14:10:00 to 15:30'],
    ['an ISBN-13 with hyphens', 'ISBN 978-0-306-40615-7'],
    ['an ISBN-13 without a label', 'needed 978-0-306-40615-7 on reserve'],
    ['an ISBN-13 without hyphens', 'ordered 9780306406157'],
    ['an ISBN-13 with spaces', '978 0 306 40615 7'],
    ['an ISBN-10 with hyphens', 'ISBN-10: 0-306-40615-2'],
    ['an ISBN-10 without hyphens', '0306406152'],
    ['an ISBN-10 with a check X', 'ISBN 0-8044-2957-X'],
    ['an ISBN-10 with a check X, unhyphenated', '080442957X'],
    ['an ISSN', 'ISSN 0317-8471'],
    ['an ISSN without a label', 'journal 2049-3630'],
    ['an ISSN with a check X', '0000-006X'],
    ['an LC call number', 'QA76.73 .J38 2019'],
    ['a Dewey call number', '025.04 SMI'],
    ['a long Dewey number', '025.0402854 SMI'],
    ['a DOI', '10.1000/182'],
    ['a DOI with a prefix', 'doi:10.1038/nphys1170'],
    ['a DOI with a long suffix', 'https://doi.org/10.1016/j.cell.2009.01.002'],
    ['a year', 'published 2019'],
    ['a list of years', 'volumes 2019 2020 2021'],
    ['a page range', 'pages 1203-1245'],
    ['a page range with an en dash', 'pp. 1203–1245'],
    ['money', 'fine of 12.50 paid'],
    ['prices', '12.50 15.00 20.00'],
    ['a room number', 'room 2.14, then B-204'],
    ['a count', 'answered 14 questions in 35 minutes'],
    ['a handle without a local part', 'follow @library'],
    ['an at sign between numbers', '3@5'],
    ['spaced at sign', 'meet me @ the desk'],
    ['a long list of prices', '12.50 '.repeat(500)],
    ['a long list of years', '2019 '.repeat(500)],
    ['a long list of dates', '2026-03-02 '.repeat(500)],
    ['no text', ''],
  ];

  it.each(caught)('catches %s', (_name, text, kind) => {
    expect(findPersonalData(text)).toBe(kind);
  });

  it.each(harmless)('lets %s pass', (_name, text) => {
    expect(findPersonalData(text)).toBeUndefined();
  });

  it('refuses a text over the limit without reading it, however harmless', () => {
    expect(findPersonalData('a'.repeat(MAX_SCREENED_LENGTH))).toBeUndefined();
    expect(findPersonalData('a'.repeat(MAX_SCREENED_LENGTH + 1))).toBe('text too long to screen');
  });
});
