import { FolioLicenceJson } from '../folio-migration';
import aaas from './fixtures/01-aaas-science-classic.json';
import testLicense001 from './fixtures/02-test-license-001.json';
import bmj from './fixtures/03-bmj-journals-online.json';
import academicRightsPress from './fixtures/04-academic-rights-press.json';
import license1 from './fixtures/05-license-1.json';
import testLicense2 from './fixtures/06-test-license-2.json';
import exampleLicense from './fixtures/07-example-license.json';
import mrLicense from './fixtures/08-mr-license.json';
import mrLicenses from './fixtures/09-mr-licenses.json';
import cmLicense1 from './fixtures/10-cm-license-1.json';
import kafkaCreateCollections from './fixtures/11-kafka-create-collections.json';
import oursEdgeCases from './fixtures/12-ours-edge-cases.json';

/**
 * FOLIO licence records made from FOLIO's public sample and test licences (Apache-2.0; sources and what is ours in
 * fixtures/NOTICE.md), as FOLIO's GET /licenses/licenses returns them. By file name, in file order.
 */
export const FOLIO_FIXTURES: Readonly<Record<string, FolioLicenceJson>> = {
  '01-aaas-science-classic': aaas,
  '02-test-license-001': testLicense001,
  '03-bmj-journals-online': bmj,
  '04-academic-rights-press': academicRightsPress,
  '05-license-1': license1,
  '06-test-license-2': testLicense2,
  '07-example-license': exampleLicense,
  '08-mr-license': mrLicense,
  '09-mr-licenses': mrLicenses,
  '10-cm-license-1': cmLicense1,
  '11-kafka-create-collections': kafkaCreateCollections,
  '12-ours-edge-cases': oursEdgeCases,
};

/** A fresh copy of one fixture, so that a test may change it (a record changed in FOLIO) without touching the others. */
export const folioFixture = (name: keyof typeof FOLIO_FIXTURES): Record<string, unknown> => structuredClone(FOLIO_FIXTURES[name]) as Record<string, unknown>;
