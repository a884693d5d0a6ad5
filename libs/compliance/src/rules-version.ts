/**
 * Version of the reply rule set. Stored with every check (CheckResult.rulesVersion) so an auditor
 * can reproduce a decision (COMPLIANCE.md C24); bump it whenever a rule, lexicon or severity changes.
 */
export const RULES_VERSION = 'compliance-rules-2025.1';
