import { type Rule, wholeReply } from './rule.types';

/**
 * C21: a reply to health misinformation links one trusted source (a warning when it does not).
 * Ridicule is `argues_or_blames` (tone rules) and advice is C10.
 *
 * @example checkMisinformation(context('That is a myth.', { misinformation: true }))
 *   // -> [{ code: 'missing_trusted_source', severity: 'warn', ... }]
 */
export const checkMisinformation: Rule = (context) => {
  const situations = context.comment.situations;
  if (!situations.misinformation || situations.emergency || situations.selfHarm) {
    return [];
  }
  const linked = context.reply.hits.some((hit) =>
    ['trusted_link', 'configured_link', 'public_service_link'].includes(hit.kind),
  );
  return linked
    ? []
    : [
        wholeReply(
          'missing_trusted_source',
          'warn',
          'A reply to health misinformation should link one trusted source (a public-health site or the hospital’s own page).',
        ),
      ];
};
