import { v7 as uuidv7 } from 'uuid';

/** Time-ordered (v7) UUIDs: new rows land at the end of the primary-key index. */
export function newId(): string {
  return uuidv7();
}
