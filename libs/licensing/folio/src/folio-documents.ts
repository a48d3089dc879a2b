import { DocumentCategory, ReferenceDocument } from '@era/licensing-domain';
import { ledgerIdOfFolioId } from './folio-ids';
import { field, FOLIO_LIMITS, isObject, listOf, Refdata, refdataOf, textOf } from './folio-record';
import { PlanContext } from './plan-context';

/** What FOLIO leaves out (a licence without a type, a document without one) is recorded as this list value. */
export const NOT_STATED: Refdata = { value: 'not_stated', label: 'Not stated in FOLIO' };

export type PlannedReference = ReferenceDocument['data'];

/** A FOLIO file upload, which the JSON names but does not hold: the reference says where the file stayed. */
function fileLocation(file: unknown): string | undefined {
  if (!isObject(file)) return undefined;
  const name = textOf(field(file, 'name'), FOLIO_LIMITS.name) ?? 'unnamed';
  const type = textOf(field(file, 'contentType'), 200);
  const size = field(file, 'size');
  const id = textOf(field(file, 'id'), 100);
  const facts = [type, typeof size === 'number' ? `${size} bytes` : undefined, id && `FOLIO file ${id}`].filter(Boolean).join(', ');
  return `FOLIO file upload "${name}"${facts ? ` (${facts})` : ''}: the file itself was not imported`;
}

/**
 * A version's documents from FOLIO's docs (core) or supplementaryDocs: each as a reference (FOLIO's JSON carries no
 * file bytes). A document known only as a FOLIO upload is referenced with a location saying so.
 */
export function planDocuments(
  ctx: PlanContext,
  docs: unknown,
  category: DocumentCategory,
  path: string,
  licenceId: string,
  versionId: string,
): PlannedReference[] {
  const list = listOf(docs, FOLIO_LIMITS.documents, path);
  if (list === undefined) return [];
  if ('problem' in list) {
    ctx.refuse(path, list.problem);
    return [];
  }
  const planned: PlannedReference[] = [];
  list.items.forEach((doc, index) => {
    const docPath = `${path}[${index}]`;
    if (!isObject(doc)) return ctx.refuse(docPath, 'a document must be an object {id, name, atType?, url?, location?, note?, fileUpload?}');
    const referenceId = ledgerIdOfFolioId(field(doc, 'id'));
    if (referenceId === undefined) return ctx.refuse(docPath, 'a document needs its FOLIO id (a UUID) to be referenced again on a re-import');
    if (planned.some((reference) => reference.referenceId === referenceId)) return ctx.refuse(docPath, `document ${referenceId} is listed twice`);
    const name = textOf(field(doc, 'name'), FOLIO_LIMITS.name);
    if (name === undefined) return ctx.refuse(docPath, 'a document needs a name');
    const atType = field(doc, 'atType');
    const typeRefdata = atType === undefined || atType === null ? NOT_STATED : refdataOf(atType);
    if (typeRefdata === undefined) return ctx.refuse(`${docPath}.atType`, 'the document type must be a FOLIO refdata value {value, label}');
    const documentType = ctx.listValue('document-type', typeRefdata, `${docPath}.atType`);
    if (documentType === undefined) return;
    const url = textOf(field(doc, 'url'), 2000);
    const given = textOf(field(doc, 'location'), 2000);
    const file = field(doc, 'fileUpload');
    const fromFile = file === undefined || file === null ? undefined : fileLocation(file);
    if (fromFile !== undefined && given !== undefined)
      ctx.refuse(`${docPath}.fileUpload`, 'a FOLIO file upload beside a location: the file was not imported and the location is kept');
    const location = given ?? fromFile;
    if (url === undefined && location === undefined) return ctx.refuse(docPath, 'a document needs a URL, a location or a FOLIO file upload');
    const note = textOf(field(doc, 'note'));
    planned.push({
      licenceId,
      versionId,
      referenceId,
      name,
      documentType: documentType.key,
      category,
      ...(url !== undefined && { url }),
      ...(location !== undefined && { location }),
      ...(note !== undefined && { note }),
    });
    const where = [url && `URL ${url}`, location && `location ${location}`].filter(Boolean).join(', ');
    const outcome = documentType.defined ? 'defined' : 'mapped';
    ctx.line(
      docPath,
      outcome,
      `${category} document "${name}", ${documentType.key}${documentType.defined ? ' (type defined by this import)' : ''}: ${where}`,
      `ref:${versionId}:${referenceId}`,
    );
  });
  return planned;
}
