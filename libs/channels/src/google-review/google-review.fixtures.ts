// Payloads from CHANNELS.md §6 (made-up ids, text written for Bedside).

export const LOCATION_NAME = 'accounts/1234567890/locations/9876543210';

export const REVIEWS_PAGE_1 = {
  reviews: [
    {
      name: `${LOCATION_NAME}/reviews/AbFvOqkExampleReviewId`,
      reviewId: 'AbFvOqkExampleReviewId',
      reviewer: {
        profilePhotoUrl: 'https://lh3.googleusercontent.com/a/example',
        displayName: 'Jordan L.',
        isAnonymous: false,
      },
      starRating: 'TWO',
      comment: 'Waited five hours in the emergency room last night.',
      createTime: '2026-01-01T16:20:00.123456Z',
      updateTime: '2026-01-01T16:20:00.123456Z',
    },
    {
      name: `${LOCATION_NAME}/reviews/AbFvOqkAnotherReviewId`,
      reviewId: 'AbFvOqkAnotherReviewId',
      reviewer: { displayName: 'A Google user', isAnonymous: true },
      starRating: 'FIVE',
      createTime: '2025-12-30T09:00:00Z',
      updateTime: '2025-12-31T10:15:00Z',
      reviewReply: {
        comment: "Thank you so much for the kind words — we'll share them with our team.",
        updateTime: '2025-12-31T10:15:00Z',
      },
    },
  ],
  averageRating: 4.1,
  totalReviewCount: 1342,
  nextPageToken: 'CgwIhL3NxAYQ',
};

export const REVIEWS_PAGE_2 = {
  reviews: [
    {
      name: `${LOCATION_NAME}/reviews/AbFvOqkOlderReviewId`,
      reviewId: 'AbFvOqkOlderReviewId',
      reviewer: { displayName: 'Sam R.', isAnonymous: false },
      starRating: 'FOUR',
      comment: 'Friendly staff at the outpatient lab.',
      createTime: '2025-12-20T08:00:00Z',
      updateTime: '2025-12-20T08:00:00Z',
    },
  ],
  nextPageToken: 'CgwIhL3NxAYR',
};
