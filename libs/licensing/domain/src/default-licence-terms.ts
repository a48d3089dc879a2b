import { TermDefinition } from './vocabulary-events';

const permission = (key: string, label: string, category: string, description: string): TermDefinition => ({
  key,
  label,
  valueType: 'permission',
  category,
  description,
});

/**
 * The defaults, compatible with FOLIO's licence terms and the ERMI / ONIX-PL usage vocabulary. Keys are stable
 * forever; labels may be relabelled later through the vocabulary's own events.
 */
export const DEFAULT_LICENCE_TERMS: readonly TermDefinition[] = [
  {
    key: 'authorised-users',
    label: 'Authorised users',
    valueType: 'text',
    category: 'Access',
    description: 'Who counts as an authorised user (e.g. current staff and students, walk-in users).',
  },
  {
    key: 'concurrent-users',
    label: 'Concurrent users',
    valueType: 'integer',
    category: 'Access',
    description: 'How many users may use the resource at the same time.',
  },
  permission('walk-in-access', 'Walk-in access', 'Access', 'Use by walk-in users on the library premises.'),
  permission('remote-access', 'Remote access', 'Access', 'Use by authorised users from off campus.'),
  permission('ill-print', 'ILL print', 'Interlibrary loan', 'Supplying copies to another library by interlibrary loan, printed or faxed.'),
  permission('ill-electronic', 'ILL electronic', 'Interlibrary loan', 'Supplying electronic copies to another library by interlibrary loan.'),
  permission(
    'ill-secure-electronic',
    'ILL secure electronic',
    'Interlibrary loan',
    'Supplying electronic copies by interlibrary loan through a secure transmission system (e.g. Ariel, Odyssey).',
  ),
  permission('course-reserves-print', 'Course reserves print', 'Teaching', 'Printed copies placed on course reserve.'),
  permission(
    'course-reserves-electronic',
    'Course reserves electronic',
    'Teaching',
    'Electronic copies placed on course reserve or in a learning management system.',
  ),
  permission('course-packs-print', 'Course packs print', 'Teaching', 'Printed extracts included in course packs.'),
  permission('course-packs-electronic', 'Course packs electronic', 'Teaching', 'Electronic extracts included in course packs.'),
  permission('digital-copy', 'Digital copy', 'Copying and sharing', 'Authorised users saving or e-mailing a digital copy of a portion of the content.'),
  permission('print-copy', 'Print copy', 'Copying and sharing', 'Authorised users printing a portion of the content.'),
  permission(
    'scholarly-sharing',
    'Scholarly sharing',
    'Copying and sharing',
    'Authorised users sharing portions with colleagues for scholarly, non-commercial purposes.',
  ),
  permission('text-and-data-mining', 'Text and data mining', 'Research uses', 'Computational analysis of the content (text and data mining).'),
  permission(
    'ai-training',
    'Use for AI/machine-learning training',
    'Research uses',
    'Using the content to train, fine-tune or evaluate artificial intelligence or machine-learning models.',
  ),
  {
    key: 'perpetual-access',
    label: 'Perpetual access',
    valueType: 'yes-no-other',
    category: 'Preservation',
    description: 'Post-cancellation access to the content paid for during the licence term.',
  },
  {
    key: 'archiving',
    label: 'Archiving',
    valueType: 'yes-no-other',
    category: 'Preservation',
    description: 'Right to archive the content, locally or with a preservation service (e.g. LOCKSS, Portico).',
  },
  { key: 'governing-law', label: 'Governing law', valueType: 'text', category: 'Legal', description: 'The law that governs the agreement.' },
  { key: 'jurisdiction', label: 'Jurisdiction', valueType: 'text', category: 'Legal', description: 'The courts that hear disputes under the agreement.' },
  {
    key: 'confidentiality',
    label: 'Confidentiality of terms required',
    valueType: 'yes-no-other',
    category: 'Legal',
    description: 'Whether the terms of the agreement must be kept confidential.',
  },
  {
    key: 'non-renewal-notice-period',
    label: 'Non-renewal notice period',
    valueType: 'duration',
    category: 'Legal',
    description: 'How long before the end of the term notice of non-renewal must be given.',
  },
  {
    key: 'accessibility',
    label: 'Accessibility compliance',
    valueType: 'yes-no-other',
    category: 'Accessibility',
    description: 'Whether the licensor commits to accessibility standards (e.g. WCAG) or permits accessible copies.',
  },
];
