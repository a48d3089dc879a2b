import { Injectable } from '@nestjs/common';
import {
  BLOCK_CONDITION_NAMES,
  BLOCK_CONDITIONS,
  BLOCK_CONDITIONS_STREAM,
  BlockCondition,
  BlockLimitValue,
  blockConditionsDecider,
} from '@era/circulation-domain';
import { CommandPath } from '@era/platform';

export interface BlockConditionsView {
  conditions: { condition: BlockCondition; name: string; blockBorrowing: boolean; blockRenewals: boolean; blockRequests: boolean; message: string }[];
  limits: { patronGroup: string; condition: BlockCondition; value: BlockLimitValue }[];
  revision: number;
}

/** The automated block configuration as it stands, from its one stream. */
@Injectable()
export class GetBlockConditionsHandler {
  constructor(private readonly commands: CommandPath) {}

  async execute(): Promise<BlockConditionsView> {
    const { state, revision } = await this.commands.load(BLOCK_CONDITIONS_STREAM, blockConditionsDecider);
    return {
      conditions: BLOCK_CONDITIONS.map((condition) => ({ condition, name: BLOCK_CONDITION_NAMES[condition], ...state.conditions[condition] })),
      limits: Object.entries(state.limits).flatMap(([patronGroup, limits]) =>
        BLOCK_CONDITIONS.flatMap((condition) => {
          const value = limits[condition];
          return value === undefined ? [] : [{ patronGroup, condition, value }];
        }),
      ),
      revision,
    };
  }
}
