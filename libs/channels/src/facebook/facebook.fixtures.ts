// Payloads from CHANNELS.md §1–2 (made-up ids, text written for Bedside).

/** The §1.3 test vector: exactly these 409 bytes, signed with `test_app_secret`. */
export const SIGNED_PAGE_BODY =
  '{"object":"page","entry":[{"id":"104829301234567","time":1767283205,"changes":[{"field":"feed","value":{"item":"comment","verb":"add","comment_id":"998877665544332_1122334455667788","post_id":"104829301234567_998877665544332","parent_id":"104829301234567_998877665544332","from":{"id":"7712345678901234","name":"Jordan Lee"},"message":"Thank you to the night nurses on 4 West!","created_time":1767283200}}]}]}';
export const SIGNED_PAGE_SIGNATURE =
  'sha256=89ebf13a613737f4c2cf3dcaea4289f3828460c799c5e184e2c284d34fc75781';
export const TEST_APP_SECRET = 'test_app_secret';

export const PAGE_ID = '104829301234567';
export const POST_ID = '104829301234567_998877665544332';
export const COMMENT_ID = '998877665544332_1122334455667788';

export const REPLY_DELIVERY = {
  object: 'page',
  entry: [
    {
      id: PAGE_ID,
      time: 1767283905,
      changes: [
        {
          field: 'feed',
          value: {
            item: 'comment',
            verb: 'add',
            comment_id: '998877665544332_1122334455669999',
            post_id: POST_ID,
            parent_id: COMMENT_ID,
            from: { id: '5566778899001122', name: 'Sam Rivera' },
            message: 'Agreed, they were wonderful.',
            created_time: 1767283900,
          },
        },
      ],
    },
  ],
};

export const EDITED_DELIVERY = {
  object: 'page',
  entry: [
    {
      id: PAGE_ID,
      time: 1767284400,
      changes: [
        {
          field: 'feed',
          value: {
            item: 'comment',
            verb: 'edited',
            comment_id: COMMENT_ID,
            post_id: POST_ID,
            parent_id: POST_ID,
            from: { id: '7712345678901234', name: 'Jordan Lee' },
            message: 'Thank you to the night nurses on 4 West and the ED team!',
            created_time: 1767284395,
          },
        },
      ],
    },
  ],
};

export const REMOVED_DELIVERY = {
  object: 'page',
  entry: [
    {
      id: PAGE_ID,
      time: 1767285000,
      changes: [
        {
          field: 'feed',
          value: {
            item: 'comment',
            verb: 'remove',
            comment_id: COMMENT_ID,
            post_id: POST_ID,
            parent_id: POST_ID,
            from: { id: '7712345678901234', name: 'Jordan Lee' },
            created_time: 1767284990,
          },
        },
      ],
    },
  ],
};

export const REACTION_DELIVERY = {
  object: 'page',
  entry: [
    {
      id: PAGE_ID,
      time: 1767285100,
      changes: [
        {
          field: 'feed',
          value: {
            item: 'reaction',
            verb: 'add',
            post_id: POST_ID,
            reaction_type: 'like',
            from: { id: '7712345678901234', name: 'Jordan Lee' },
            created_time: 1767285095,
          },
        },
      ],
    },
  ],
};

/** §1.5: an expired Page token. */
export const EXPIRED_TOKEN_ERROR = {
  error: {
    message:
      'Error validating access token: Session has expired on Friday, 02-Jan-26 10:00:00 PST.',
    type: 'OAuthException',
    code: 190,
    error_subcode: 463,
    fbtrace_id: 'A1b2C3d4E5f',
  },
};
