import { Upcaster } from '@era/decider';

/**
 * Old stored shapes of the e-resources area's events (resources, register, vocabularies, IP ranges, vendor accounts),
 * read as current ones. None yet: every one is at its first version.
 */
export const E_RESOURCES_UPCASTERS: readonly Upcaster[] = [];
