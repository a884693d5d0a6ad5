import type { Role } from '@bedside/domain';

/** The server's rules, checked here first so the admin hears about them before sending. */
export const MIN_PASSWORD_LENGTH = 12;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface NewMemberFields {
  email: string;
  displayName: string;
  role: Role;
  password: string;
}

export type NewMemberErrors = Partial<Record<keyof NewMemberFields, string>>;

export function passwordError(password: string): string | undefined {
  return password.length < MIN_PASSWORD_LENGTH
    ? `Use at least ${MIN_PASSWORD_LENGTH} characters.`
    : undefined;
}

export function validateNewMember(fields: NewMemberFields): NewMemberErrors {
  const errors: NewMemberErrors = {};
  if (!EMAIL.test(fields.email.trim())) {
    errors.email = 'Enter an e-mail address like dana@hospital.org.';
  }
  if (fields.displayName.trim() === '') {
    errors.displayName = 'Enter the name teammates will see.';
  } else if (fields.displayName.trim().length > 200) {
    errors.displayName = 'Use at most 200 characters.';
  }
  const password = passwordError(fields.password);
  if (password) {
    errors.password = password;
  }
  return errors;
}
