// Payloads from CHANNELS.md §4 (made-up ids, text written for Bedside).

export const X_USER_ID = '1400000000000000001';

/** §4.2: the first page of mentions after since_id 1869999999999999999. */
export const MENTIONS_PAGE_1 = {
  data: [
    {
      id: '1870000000000000456',
      text: '@CityGeneral @jlee thanks for the quick answer!',
      author_id: '2244000000000000002',
      conversation_id: '1869999999999999000',
      in_reply_to_user_id: '1400000000000000001',
      referenced_tweets: [{ type: 'replied_to', id: '1869999999999999900' }],
      created_at: '2026-01-01T16:05:40.000Z',
      edit_history_tweet_ids: ['1870000000000000456'],
      lang: 'en',
    },
    {
      id: '1870000000000000123',
      text: '@CityGeneral how late is the pharmacy open tonight?',
      author_id: '2244000000000000001',
      conversation_id: '1870000000000000123',
      created_at: '2026-01-01T16:02:11.000Z',
      edit_history_tweet_ids: ['1870000000000000123'],
      lang: 'en',
    },
  ],
  includes: {
    users: [
      { id: '2244000000000000001', name: 'Jordan Lee', username: 'jlee' },
      { id: '2244000000000000002', name: 'Sam Rivera', username: 'samr' },
    ],
    tweets: [
      {
        id: '1869999999999999900',
        text: 'Our pharmacy is open until 9 pm on weekdays.',
        author_id: '1400000000000000001',
      },
    ],
  },
  meta: {
    newest_id: '1870000000000000456',
    oldest_id: '1870000000000000123',
    result_count: 2,
    next_token: '7140dibdnow9c7btw4b0x6vyxh8oqy2x7ydg6vihu5xsq',
  },
};

/** The last page of the same poll: an edited post, keyed on its original id. */
export const MENTIONS_PAGE_2 = {
  data: [
    {
      id: '1870000000000000100',
      text: '@CityGeneral is the east entrance open this weekend? (edited: and on Monday?)',
      author_id: '2244000000000000001',
      conversation_id: '1870000000000000100',
      created_at: '2026-01-01T16:01:00.000Z',
      edit_history_tweet_ids: ['1870000000000000050', '1870000000000000100'],
      lang: 'en',
    },
  ],
  includes: { users: [{ id: '2244000000000000001', name: 'Jordan Lee', username: 'jlee' }] },
  meta: { newest_id: '1870000000000000100', oldest_id: '1870000000000000100', result_count: 1 },
};

export const CRC_TOKEN = '9b4507b3-9040-4669-9ca3-6b94edb50553';
export const CRC_RESPONSE_TOKEN = 'sha256=8SJYMKk8Lb/xknGTsWAwtIJOVa/CWzSjoHKtDI6P4oo=';
export const TEST_CONSUMER_SECRET = 'test_consumer_secret';
