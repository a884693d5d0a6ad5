export type MemberStatus = 'active' | 'locked' | 'deactivated';

export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  active: 'Active',
  locked: 'Locked',
  deactivated: 'Deactivated',
};

/**
 * Where an account stands: deactivated by an admin, locked for a while after wrong passwords, or
 * active. A lock-out in the past has ended even if the server has not cleared it yet.
 */
export function memberStatus(
  member: { active: boolean; lockedUntil: string | null },
  now: number,
): MemberStatus {
  if (!member.active) {
    return 'deactivated';
  }
  if (member.lockedUntil && new Date(member.lockedUntil).getTime() > now) {
    return 'locked';
  }
  return 'active';
}
