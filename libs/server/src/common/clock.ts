import { Injectable } from '@nestjs/common';

/** The current time, injected so tests can fix it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
