import { CoverageRange } from '@era/holdings-domain';
import { publicLink } from '@era/e-resources-domain';
import { ActiveTitle } from '@era/projection-title-a-z';
import { embargoText } from './embargo-text';
import { mergedCoverage, ShownCoverage } from './merged-coverage';

/** One package through which a work is available. */
export interface WorkInPackage {
  resourceId: string;
  name: string;
  /** The title's own URL, else the package's access URL, through the proxy when the package is proxied. */
  link?: string;
  coverage: ShownCoverage[];
  embargo?: string;
}

/** A work of the title A-Z: the titles of every active package matched by identifier, as one entry. */
export interface TitleWork {
  workId: string;
  title: string;
  publicationType?: string;
  identifiers: { issn: string[]; isbn: string[]; doi?: string };
  publisher?: string;
  coverage: ShownCoverage[];
  embargo?: string;
  packages: WorkInPackage[];
}

/** A work with what it is filed under (not shown). */
export interface FiledWork {
  work: TitleWork;
  filingKey: string;
  letter: string;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The range whose end is latest (the current one): its embargo is the one that applies. */
function currentEmbargo(ranges: readonly CoverageRange[]): string | undefined {
  const latest = [...ranges].sort((a, b) => compare(b.date_last_issue_online ?? '9999', a.date_last_issue_online ?? '9999'))[0];
  return embargoText(latest?.embargo_info);
}

/** The most common title among the work's package titles; on a tie, the first in filing order. */
function shownTitleOf(titles: readonly ActiveTitle[]): ActiveTitle {
  const counts = new Map<string, number>();
  for (const { title } of titles) counts.set(title.title, (counts.get(title.title) ?? 0) + 1);
  return [...titles].sort(
    (a, b) =>
      (counts.get(b.title.title) ?? 0) - (counts.get(a.title.title) ?? 0) ||
      compare(a.title.filingKey, b.title.filingKey) ||
      compare(a.title.title, b.title.title) ||
      compare(a.title.ref, b.title.ref),
  )[0];
}

function packagesOf(titles: readonly ActiveTitle[], proxyPrefix: string | undefined): WorkInPackage[] {
  const byPackage = new Map<string, ActiveTitle[]>();
  for (const active of titles) byPackage.set(active.title.resourceId, [...(byPackage.get(active.title.resourceId) ?? []), active]);
  return [...byPackage.entries()]
    .sort(([a, first], [b, second]) => compare(first[0].package.name, second[0].package.name) || compare(a, b))
    .map(([resourceId, held]) => {
      const inPackage = held[0].package;
      const ranges = held.flatMap(({ title }) => title.coverage);
      const titleUrl = held.map(({ title }) => title.values.title_url).find((url) => url !== undefined && url !== '');
      const link = publicLink(titleUrl ?? inPackage.accessUrl, inPackage.proxied, proxyPrefix);
      const embargo = currentEmbargo(ranges);
      return {
        resourceId,
        name: inPackage.name,
        ...(link !== undefined ? { link } : {}),
        coverage: mergedCoverage(ranges),
        ...(embargo !== undefined ? { embargo } : {}),
      };
    });
}

/**
 * The works the active package titles make (`workOf`: each title's work), each with the union of its coverage across
 * packages and one link per package; in filing order (filing key, then work id). The work's embargo is shown only when
 * every package has the same one (access through one without an embargo is not embargoed).
 */
export function filedWorks(active: readonly ActiveTitle[], workOf: ReadonlyMap<string, string>, proxyPrefix: string | undefined): FiledWork[] {
  const byWork = new Map<string, ActiveTitle[]>();
  for (const title of active) {
    const workId = workOf.get(title.title.ref) ?? `title:${title.title.ref}`;
    byWork.set(workId, [...(byWork.get(workId) ?? []), title]);
  }
  const works: FiledWork[] = [];
  for (const [workId, titles] of byWork) {
    const shown = shownTitleOf(titles).title;
    const identifiers = [...new Set(titles.flatMap(({ title }) => title.identifiers))].sort();
    const packages = packagesOf(titles, proxyPrefix);
    const embargoes = new Set(packages.map((p) => p.embargo));
    const [embargo] = embargoes.size === 1 ? [...embargoes] : [undefined];
    const doi = identifiers.find((id) => id.startsWith('doi:'));
    works.push({
      filingKey: shown.filingKey,
      letter: shown.letter,
      work: {
        workId,
        title: shown.title,
        ...(shown.publicationType !== undefined ? { publicationType: shown.publicationType } : {}),
        identifiers: {
          issn: identifiers.filter((id) => id.startsWith('issn:')).map((id) => id.slice(5)),
          isbn: identifiers.filter((id) => id.startsWith('isbn:')).map((id) => id.slice(5)),
          ...(doi !== undefined ? { doi: doi.slice(4) } : {}),
        },
        ...(shown.values.publisher_name ? { publisher: shown.values.publisher_name } : {}),
        coverage: mergedCoverage(titles.flatMap(({ title }) => title.coverage)),
        ...(embargo !== undefined ? { embargo } : {}),
        packages,
      },
    });
  }
  return works.sort((a, b) => compare(a.filingKey, b.filingKey) || compare(a.work.workId, b.work.workId));
}
