import { ResourceIdsDto } from '../shared/resource-ids.dto';

/** E-resources that this licence (also) governs. */
export class LinkResourcesDto extends ResourceIdsDto {}
