// Payloads from CHANNELS.md §3 (made-up ids, text written for Bedside).

export const IG_USER_ID = '17841400000000001';

export const COMMENT_DELIVERY = {
  object: 'instagram',
  entry: [
    {
      id: IG_USER_ID,
      time: 1767283300,
      changes: [
        {
          field: 'comments',
          value: {
            from: { id: '1789000000000002', username: 'jordan.lee' },
            media: { id: '17900000000000003', media_product_type: 'FEED' },
            id: '17865799348089039',
            parent_id: '17865799348000001',
            text: 'Is the cafeteria open on weekends?',
          },
        },
      ],
    },
  ],
};

export const MENTION_DELIVERY = {
  object: 'instagram',
  entry: [
    {
      id: IG_USER_ID,
      time: 1767283400,
      changes: [
        {
          field: 'mentions',
          value: { media_id: '17900000000000009', comment_id: '17865799348089111' },
        },
      ],
    },
  ],
};
