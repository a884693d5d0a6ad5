import { analyseComment } from './analysis/analyse-comment';
import { analyseReply } from './analysis/analyse-reply';
import type { CheckReplyInput, CheckResult, Violation } from './compliance.types';
import { RULES } from './rules';
import type { Finding, RuleContext } from './rules/rule.types';
import { RULES_VERSION } from './rules-version';
import { toOriginalSpan } from './text/normalise-text';

/**
 * Checks a drafted public reply against the compliance rules (COMPLIANCE.md C1–C25, as far as
 * they can be read from text): masks the configured contacts and safe phrases, runs every rule
 * family, and maps each finding to offsets in the original reply for underlining. `compliant` is
 * false when any finding blocks; warnings are listed for the reviewer to acknowledge.
 *
 * @example checkReply('Glad your stay was comfortable!', { comment: { text: 'Great stay!', intents: ['praise'], phi: [] }, settings })
 *   // -> { compliant: false, violations: [{ code: 'confirms_patient_relationship', severity: 'block', start: 5, end: 14, ... }], rulesVersion }
 */
export function checkReply(reply: string, input: CheckReplyInput): CheckResult {
  const context: RuleContext = {
    reply: analyseReply(reply, input.settings),
    comment: analyseComment(input.comment),
    settings: input.settings,
    channel: input.comment.channel,
  };
  const violations = mergeFindings(RULES.flatMap((rule) => rule(context))).map(
    (finding): Violation => {
      const whole = finding.start === 0 && finding.end === 0;
      const span = whole
        ? { start: 0, end: 0 }
        : toOriginalSpan(context.reply.text, finding.start, finding.end);
      return { ...finding, ...span };
    },
  );
  return {
    compliant: !violations.some((violation) => violation.severity === 'block'),
    violations,
    rulesVersion: RULES_VERSION,
  };
}

/**
 * One finding per code and place: overlapping findings of the same code are merged into the wider
 * span (keeping the first message), so one phrase is underlined once per reason.
 */
function mergeFindings(findings: readonly Finding[]): Finding[] {
  const merged: Finding[] = [];
  for (const finding of findings) {
    const whole = finding.start === 0 && finding.end === 0;
    const same = merged.find(
      (other) =>
        other.code === finding.code &&
        (whole
          ? other.start === 0 && other.end === 0 && other.message === finding.message
          : other.start < finding.end && finding.start < other.end),
    );
    if (!same) {
      merged.push({ ...finding });
      continue;
    }
    if (!whole) {
      same.start = Math.min(same.start, finding.start);
      same.end = Math.max(same.end, finding.end);
    }
    if (finding.severity === 'block') {
      same.severity = 'block';
    }
  }
  return merged.sort(
    (left, right) =>
      Number(left.end === 0) - Number(right.end === 0) ||
      left.start - right.start ||
      left.end - right.end,
  );
}
