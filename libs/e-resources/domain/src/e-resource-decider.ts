import { DecisionContext, Decider, Folded } from '@era/decider';
import {
  decideActivate,
  decideCorrectActivation,
  decideCorrectDeactivation,
  decideDeactivate,
  decideRetractActivation,
  decideRetractDeactivation,
} from './activations';
import { EResourceCommand } from './e-resource-commands';
import { EResourceEvent } from './e-resource-events';
import {
  decideHide,
  decideRegister,
  decideRemoveStanza,
  decideReplace,
  decideReviseDetails,
  decideSetAccessLink,
  decideSetStanza,
  decideShow,
  requireRegistered,
} from './e-resource-record';
import { EResourceState, evolveEResource, initialEResource } from './e-resource-state';

function decide(command: EResourceCommand, state: EResourceState, { now }: DecisionContext): EResourceEvent[] {
  if (command.type === 'RegisterEResource') return decideRegister(command, state);
  const resource = requireRegistered(state, command.data.resourceId);
  switch (command.type) {
    case 'ReviseEResourceDetails':
      return decideReviseDetails(command, resource);
    case 'SetEResourceAccessLink':
      return decideSetAccessLink(command, resource);
    case 'HideEResource':
      return decideHide(command, resource);
    case 'ShowEResource':
      return decideShow(command, resource);
    case 'SetEResourceStanza':
      return decideSetStanza(command, resource);
    case 'RemoveEResourceStanza':
      return decideRemoveStanza(command, resource);
    case 'ReplaceEResource':
      return decideReplace(command, resource);
    case 'ActivateResource':
      return decideActivate(command, resource, now);
    case 'DeactivateResource':
      return decideDeactivate(command, resource);
    case 'CorrectActivation':
      return decideCorrectActivation(command, resource);
    case 'RetractActivation':
      return decideRetractActivation(command, resource);
    case 'CorrectDeactivation':
      return decideCorrectDeactivation(command, resource);
    case 'RetractDeactivation':
      return decideRetractDeactivation(command, resource);
  }
}

const evolve = (state: EResourceState, event: Folded<EResourceEvent>): EResourceState => evolveEResource(state, event);

/** One e-resource's stream: its record, link, flags, stanza, and every activation with its corrections. */
export const eResourceDecider: Decider<EResourceCommand, EResourceState, EResourceEvent> = { initialState: initialEResource, decide, evolve };
