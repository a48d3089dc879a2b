import { compareFiling, filingKey, filingLetter } from './filing';

describe('library filing order', () => {
  // given a title, when it is filed, then it files under this key and letter
  it.each([
    ['The Times Digital Archive', 'times digital archive', 'T'],
    ['A Dictionary of Music', 'dictionary of music', 'D'],
    ['An Atlas of Roman Britain', 'atlas of roman britain', 'A'],
    ['Le Monde', 'monde', 'M'],
    ['La Stampa', 'stampa', 'S'],
    ['Les Misérables', 'miserables', 'M'],
    ["L'Année philologique", 'annee philologique', 'A'],
    ['L\u2019Année philologique', 'annee philologique', 'A'],
    ['Der Spiegel', 'spiegel', 'S'],
    ['Die Zeit', 'zeit', 'Z'],
    ['Das Kapital', 'kapital', 'K'],
    ['El País', 'pais', 'P'],
    ['Los Angeles Times', 'angeles times', 'A'],
    ['Las Provincias', 'provincias', 'P'],
    ['The The', 'the', 'T'],
    ['The', 'the', 'T'],
    ['Les', 'les', 'L'],
    ['Él y ella', 'el y ella', 'E'],
    ['A to Z of World History', 'a to z of world history', 'A'],
    ['Theatre in Video', 'theatre in video', 'T'],
    ['Analytical Abstracts', 'analytical abstracts', 'A'],
    ['Lancet', 'lancet', 'L'],
    ['Émile Zola Archive', 'emile zola archive', 'E'],
    ['Straße und Verkehr', 'strasse und verkehr', 'S'],
    ['Æsop Online', 'aesop online', 'A'],
    ['Øresund Studies', 'oresund studies', 'O'],
    ['Œuvres complètes', 'oeuvres completes', 'O'],
    ['Łódź Digital Library', 'lodz digital library', 'L'],
    ['19th Century British Library Newspapers', '19th century british library newspapers', '#'],
    ['JSTOR: Arts & Sciences', 'jstor arts sciences', 'J'],
    ['"Quoted" Title', 'quoted title', 'Q'],
    ['...', '', '#'],
    ['', '', '#'],
    ['  The   Economist  ', 'economist', 'E'],
    ['THE ECONOMIST', 'economist', 'E'],
  ])('given %j, then key %j under %s', (title, key, letter) => {
    expect(filingKey(title)).toBe(key);
    expect(filingLetter(title)).toBe(letter);
  });

  it('given accented and plain spellings, then they file together', () => {
    expect(filingKey('Émile')).toBe(filingKey('Emile'));
    expect(filingKey('Les Misérables')).toBe(filingKey('Misérables'));
  });

  it('given a list, when sorted, then digits first, articles ignored, diacritics folded, ties deterministic', () => {
    const titles = [
      'Zeitschrift für Kunstgeschichte',
      'The Times Digital Archive',
      'Émile Zola Archive',
      '19th Century British Library Newspapers',
      'JSTOR: Arts & Sciences',
      'Les Misérables',
      'Misérables',
      'A to Z of World History',
      'L\u2019Année philologique',
      'New York Times',
      'Newark Star-Ledger',
      '2000 Years of Art',
      'Die Zeit',
      'Académie française',
    ];
    expect([...titles].sort(compareFiling)).toEqual([
      '19th Century British Library Newspapers',
      '2000 Years of Art',
      'A to Z of World History',
      'Académie française',
      'L\u2019Année philologique',
      'Émile Zola Archive',
      'JSTOR: Arts & Sciences',
      'Les Misérables',
      'Misérables',
      'New York Times',
      'Newark Star-Ledger',
      'The Times Digital Archive',
      'Die Zeit',
      'Zeitschrift für Kunstgeschichte',
    ]);
  });
});
