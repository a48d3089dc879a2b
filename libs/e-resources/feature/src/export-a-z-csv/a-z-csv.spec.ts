import { azCsv } from './a-z-csv';

describe('the A-Z list as CSV', () => {
  it('writes a header, one row per entry, quoted where needed, in Windows line endings after a BOM', () => {
    const csv = azCsv([
      {
        id: 'jstor',
        name: 'JSTOR, Arts "I"',
        letter: 'J',
        link: 'https://www.jstor.org/',
        resourceType: { key: 'database', label: 'Database' },
        subjects: [
          { key: 'history', label: 'History' },
          { key: 'arts', label: 'Arts' },
        ],
        vendor: { id: 'ithaka', name: 'ITHAKA' },
        isNew: false,
        isTrial: true,
        trialEndsOn: '2026-12-31',
        permittedUses: [{ key: 'ill-electronic', label: 'ILL electronic', note: 'Secure only' }],
      },
    ]);
    expect(csv).toBe(
      '\ufeffid,name,letter,link,type,subjects,vendor,new,trial,trial_ends_on,access_notes,description,permitted_uses\r\n' +
        'jstor,"JSTOR, Arts ""I""",J,https://www.jstor.org/,Database,History; Arts,ITHAKA,no,yes,2026-12-31,,,ILL electronic: Secure only\r\n',
    );
  });
});
