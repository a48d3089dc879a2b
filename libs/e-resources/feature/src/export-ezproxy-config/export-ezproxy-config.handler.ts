import { Injectable } from '@nestjs/common';
import { ExportableResource, exportStanzas, parseStanza } from '@era/e-resources-domain';
import { A_Z_COLLECTIONS, ResourceDocument } from '@era/projection-a-z';
import { ReadDocument } from '@era/read-store';
import { AzReads } from '../a-z/a-z-reads';
import { inForceOn } from '../list-e-resources/list-e-resources.handler';

export interface EzproxyConfig {
  text: string;
  /** Resources left out because their stored stanza no longer parses (the decider validates every stanza it records). */
  unparsable: string[];
  position: number;
}

/**
 * One deterministic config.txt fragment: the stanza of every resource active today and proxied (hidden ones too:
 * staff reach them through the proxy), in filing order then by id, each after a comment with its name and id.
 */
@Injectable()
export class ExportEzproxyConfigHandler {
  constructor(private readonly reads: AzReads) {}

  async execute(today: string, minPosition?: number): Promise<EzproxyConfig> {
    const view = await this.reads.view(minPosition);
    const exportable: ExportableResource[] = [];
    const unparsable: string[] = [];
    for await (const resource of view.findAll<ResourceDocument & ReadDocument>(A_Z_COLLECTIONS.resources)) {
      if (!resource.proxied || resource.stanza === undefined || !resource.activations.some((activation) => inForceOn(activation, today))) continue;
      const parsed = parseStanza(resource.stanza);
      if (parsed.ok) exportable.push({ id: resource.id, name: resource.name, stanza: parsed.stanza });
      else unparsable.push(resource.id);
    }
    return { text: exportStanzas(exportable), unparsable: unparsable.sort(), position: view.position };
  }
}
