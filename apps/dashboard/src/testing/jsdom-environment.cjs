/**
 * jsdom, plus the fetch-era globals Node has and jsdom lacks. React Router's data router builds a
 * `Request` (with an `AbortController` signal) for every navigation, and encodes with
 * `TextEncoder`; jsdom provides none of them, so they are lent from Node here.
 */
const { TestEnvironment } = require('jest-environment-jsdom');

const LENT_FROM_NODE = [
  'Request',
  'Response',
  'Headers',
  'FormData',
  'fetch',
  'AbortController',
  'AbortSignal',
  'TextEncoder',
  'TextDecoder',
  'ReadableStream',
  'structuredClone',
];

class BedsideJsdomEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of LENT_FROM_NODE) {
      this.global[name] = globalThis[name];
    }
  }
}

module.exports = BedsideJsdomEnvironment;
