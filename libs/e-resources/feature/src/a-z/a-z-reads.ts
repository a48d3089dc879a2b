import { Inject, Injectable, Optional } from '@nestjs/common';
import { liveView, ProjectionView } from '@era/projection-engine';
import { A_Z_PROJECTION, AsOf, lastRecordingAt, ListedResource, listedOn } from '@era/projection-a-z';
import { E_RESOURCE_REGISTER_PROJECTION } from '@era/projection-e-resource-register';
import { ReadStore } from '@era/read-store';
import { APP_CONFIG, AppConfig, READ_STORE, ReadYourWrites, RecentAnswers } from '@era/platform';
import { AzLabels } from './az-labels';
import { LICENCES_OF_RESOURCE, LicencesOfResource } from '../shared/licences-of-resource';
import { publicNotesOf } from './key-permitted-uses';
import { AzEntry } from './a-z-listing';
import { ListingSettings } from './build-listing';

/** What every A-Z query shares: the live read model once it reflects the asked-for position, labels, settings. */
@Injectable()
export class AzReads {
  /** Whole lists as asked lately (one read of the read model per position, day and instant, not one per request). */
  private readonly recent = new RecentAnswers<readonly ListedResource[]>(8);

  constructor(
    @Inject(READ_STORE) private readonly reads: ReadStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly freshness: ReadYourWrites,
    private readonly labels: AzLabels,
    @Optional() @Inject(LICENCES_OF_RESOURCE) private readonly licences?: LicencesOfResource,
  ) {}

  /**
   * What every public answer is a function of, besides its request: the positions (and generations) of the A-Z and
   * register read models and the licences' version; undefined when the licences cannot say theirs (nothing is kept).
   * Read after waiting for `minPosition`, as the answer's own reads are.
   */
  async fingerprint(minPosition: number | undefined): Promise<string | undefined> {
    await this.freshness.atLeast(A_Z_PROJECTION, minPosition);
    const [aZ, register] = await Promise.all([this.reads.readCheckpoint(A_Z_PROJECTION), this.reads.readCheckpoint(E_RESOURCE_REGISTER_PROJECTION)]);
    const licences = this.licences === undefined ? 'none' : await this.licences.version?.();
    if (licences === undefined) return undefined;
    return JSON.stringify([aZ?.generation, aZ?.position ?? 0, register?.generation, register?.position ?? 0, licences]);
  }

  async view(minPosition: number | undefined): Promise<ProjectionView> {
    await this.freshness.atLeast(A_Z_PROJECTION, minPosition);
    return liveView(this.reads, A_Z_PROJECTION);
  }

  /**
   * The instant asked about, or else the last recording that shaped the list (up to now): the same answer as now,
   * but the same bytes until the next such recording, so that its ETag holds.
   */
  async knownAt(view: ProjectionView, knownAt: string | undefined): Promise<string> {
    if (knownAt !== undefined) return knownAt;
    const now = new Date().toISOString();
    return (await lastRecordingAt(view, now)) ?? now;
  }

  /** The resources on the public list on the day as recorded by the instant, those matching `q` when given. */
  async listed(view: ProjectionView, asOf: AsOf, q: string | undefined, resourceId?: string): Promise<readonly ListedResource[]> {
    const options = { newForDays: this.config.aZ.newDays, ...(q === undefined ? {} : { text: q }), ...(resourceId === undefined ? {} : { resourceId }) };
    // Keyed by the position the view reflects: a later recording moves the position, so a kept list never goes stale.
    const key = JSON.stringify([view.position, asOf.activeOn, asOf.knownAt, options]);
    return this.recent.get(key, () => listedOn(view, asOf, options));
  }

  async settings(listed: readonly ListedResource[]): Promise<ListingSettings> {
    const vendorIds = [...new Set(listed.flatMap(({ details }) => (details.vendorId === undefined ? [] : [details.vendorId])))];
    const labels = await this.labels.lookup(vendorIds);
    return { newDays: this.config.aZ.newDays, proxyPrefix: this.config.aZ.proxyPrefix, labels };
  }

  /** How public links are built. */
  linkSettings(): { proxyPrefix?: string } {
    return { proxyPrefix: this.config.aZ.proxyPrefix };
  }

  /**
   * The entries with the public notes of their licences' key permitted uses (as the licences stand today: the port
   * answers for today), or none when no licensing read model is composed in.
   */
  async withPermittedUses(entries: readonly AzEntry[]): Promise<AzEntry[]> {
    const licences = this.licences;
    if (!licences) return [...entries];
    return Promise.all(entries.map(async (entry) => ({ ...entry, permittedUses: publicNotesOf(await licences.licencesOf(entry.id)) })));
  }
}
