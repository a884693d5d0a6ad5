/**
 * The reply workflow: a reply is drafted, optionally submitted to a reviewer, approved or
 * rejected, and sent (through the channel's connector, or copied by hand and marked as sent).
 *
 *   draft ──submit──▶ pending_approval ──approve──▶ approved ──send──▶ sent
 *     ▲  └──submit (no review needed)──────────────▶ approved
 *     └──────edit──── rejected ◀──reject──┘
 */
export const REPLY_STATUSES = [
  'draft',
  'pending_approval',
  'approved',
  'rejected',
  'sent',
] as const;
export type ReplyStatus = (typeof REPLY_STATUSES)[number];

/** Where the text of a reply came from. */
export const REPLY_SOURCES = ['template', 'ai', 'human'] as const;
export type ReplySource = (typeof REPLY_SOURCES)[number];

/** How a sent reply reached the platform. */
export const REPLY_DELIVERIES = ['platform', 'manual'] as const;
export type ReplyDelivery = (typeof REPLY_DELIVERIES)[number];

export const REPLY_STATUS_LABELS: Record<ReplyStatus, string> = {
  draft: 'Draft',
  pending_approval: 'Awaiting approval',
  approved: 'Approved',
  rejected: 'Changes requested',
  sent: 'Sent',
};

/** Statuses in which the text may still change. */
export function isReplyEditable(status: ReplyStatus): boolean {
  return status === 'draft' || status === 'rejected';
}
