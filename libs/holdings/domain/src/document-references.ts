/**
 * The documents holdings events name, for verification to re-hash: a title list's original file and its row report
 * (`TitleListImported`, `TitleListFoundUnchanged`), and the identifier list an activation or deactivation was
 * uploaded as. Read from data as stored (unchecked), so every field is looked at before it is used.
 */
type Named = { sha256: string; name: string };

const stored = (value: unknown): value is { sha256: string } =>
  typeof value === 'object' && value !== null && typeof (value as { sha256?: unknown }).sha256 === 'string';

const nameOf = (value: object, fallback: string): string => {
  const fileName = (value as { fileName?: unknown }).fileName;
  return typeof fileName === 'string' ? fileName : fallback;
};

function titleListDocuments(data: Readonly<Record<string, unknown>>): Named[] {
  const found: Named[] = [];
  const version = typeof data.version === 'number' ? ` version ${data.version}` : '';
  if (stored(data.file)) found.push({ sha256: data.file.sha256, name: nameOf(data.file, `title list${version} of ${String(data.resourceId)}`) });
  if (stored(data.report)) found.push({ sha256: data.report.sha256, name: `row report of the title list${version} of ${String(data.resourceId)}` });
  return found;
}

function uploadedList(data: Readonly<Record<string, unknown>>): Named[] {
  const upload = data.upload;
  if (typeof upload !== 'object' || upload === null) return [];
  const list = (upload as { list?: unknown }).list;
  return stored(list) ? [{ sha256: list.sha256, name: nameOf(list, `uploaded title list for ${String(data.resourceId)}`) }] : [];
}

export const HOLDINGS_DOCUMENT_REFERENCES: readonly {
  readonly eventType: string;
  documentsOf(data: Readonly<Record<string, unknown>>): readonly Named[];
}[] = [
  { eventType: 'TitleListImported', documentsOf: titleListDocuments },
  { eventType: 'TitleListFoundUnchanged', documentsOf: titleListDocuments },
  { eventType: 'PackageTitlesActivated', documentsOf: uploadedList },
  { eventType: 'PackageTitlesDeactivated', documentsOf: uploadedList },
];
