import { DomainRefusal } from '../http/problem-details.filter';

/**
 * X-Min-Position names a position the log has not reached: no write was answered with it, so no wait can bring it
 * (it came from another installation, or was made up). Answered at once rather than after the whole wait.
 */
export const positionBeyondHead = (position: number, headPosition: number) =>
  new DomainRefusal(
    409,
    'position-not-in-log',
    `X-Min-Position ${position} is beyond the head of the log (position ${headPosition}): send the position a write of this service answered with`,
    { title: 'Position not in the log yet', extensions: { minPosition: position, headPosition } },
  );
