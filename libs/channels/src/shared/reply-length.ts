import { ChannelError } from '../channel-error';
import { type ChannelKind } from '../connector.types';

/** Length in Unicode code points, which is how most platforms count. */
export function countCodePoints(text: string): number {
  let count = 0;
  for (const _ of text) {
    count += 1;
  }
  return count;
}

/**
 * Refuses a reply the platform would reject for length before spending a call (and, on
 * YouTube, 50 quota units) on it. Empty replies are refused too.
 */
export function assertReplyFits(options: {
  kind: ChannelKind;
  text: string;
  length: number;
  maxLength: number;
}): void {
  if (options.text.trim() === '') {
    throw new ChannelError('invalid', `${options.kind}: reply text is empty`);
  }
  if (options.length > options.maxLength) {
    throw new ChannelError(
      'invalid',
      `${options.kind}: reply is ${options.length} characters, the limit is ${options.maxLength}`,
    );
  }
}
