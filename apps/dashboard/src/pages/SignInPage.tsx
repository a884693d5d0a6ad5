import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertCircle, IconLock } from '@tabler/icons-react';
import { type FormEvent, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

import { describeError, errorCodeOf } from '../app/apollo-client';
import { SURFACE } from '../app/theme';
import { useSignIn } from '../features/session/hooks/useSignIn';
import { safeNextPath } from '../features/session/utils/sign-in-path';
import { Wordmark } from '../ui/Wordmark';

/** What a failed sign-in says, by code: the server's words, kept here so no server text leaks. */
const SIGN_IN_MESSAGES = {
  UNAUTHENTICATED: 'The e-mail or password is not right.',
  RATE_LIMITED: 'Too many failed sign-ins: this account is locked for 15 minutes.',
} as const;

function signInErrorOf(error: unknown): { title: string; message: string; isLocked: boolean } {
  const code = errorCodeOf(error);
  if (code === 'UNAUTHENTICATED') {
    return {
      title: 'Could not sign you in',
      message: SIGN_IN_MESSAGES.UNAUTHENTICATED,
      isLocked: false,
    };
  }
  if (code === 'RATE_LIMITED') {
    return { title: 'Account locked', message: SIGN_IN_MESSAGES.RATE_LIMITED, isLocked: true };
  }
  return { title: 'Could not sign you in', message: describeError(error).message, isLocked: false };
}

/**
 * `/sign-in`: e-mail and password, then on to `next`. Bedside runs on shared ward computers, so
 * there is no "remember me": a session ends when it idles out or someone signs out.
 */
export function SignInPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const { signIn, isSigningIn, error } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: string; password?: string }>({});
  const passwordRef = useRef<HTMLInputElement>(null);
  const next = safeNextPath(searchParams.get('next'));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = {
      email: email.trim() ? undefined : 'Enter your e-mail address.',
      password: password ? undefined : 'Enter your password.',
    };
    setMissing(found);
    if (found.email || found.password) {
      return;
    }
    if (await signIn(email, password)) {
      await navigate(next, { replace: true });
      return;
    }
    // Never leave a rejected password in the field; let the person type it again at once.
    setPassword('');
    passwordRef.current?.focus();
  };

  const failure = error ? signInErrorOf(error) : null;

  return (
    <Center mih="100dvh" bg={SURFACE.page} p="md">
      <Stack w="100%" maw={400} gap="lg">
        <Center>
          <Wordmark size="lg" />
        </Center>
        <Paper withBorder radius="lg" p="xl" shadow="xs">
          <form
            noValidate
            aria-labelledby="sign-in-title"
            onSubmit={(event) => void onSubmit(event)}
          >
            <Stack gap="md">
              <div>
                <Title order={1} size="h3" id="sign-in-title">
                  Sign in
                </Title>
                <Text size="sm" c="dimmed" mt={4}>
                  Use the e-mail and password your Bedside admin gave you.
                </Text>
              </div>
              {failure ? (
                <Alert
                  color={failure.isLocked ? 'orange' : 'red'}
                  variant="light"
                  title={failure.title}
                  icon={failure.isLocked ? <IconLock size={18} /> : <IconAlertCircle size={18} />}
                  role="alert"
                >
                  {failure.message}
                </Alert>
              ) : null}
              <TextInput
                label="E-mail"
                type="email"
                name="email"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                // The only thing on the page: the cursor starts here.
                // eslint-disable-next-line jsx-a11y/no-autofocus
                autoFocus
                required
                withAsterisk={false}
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={missing.email}
              />
              <PasswordInput
                ref={passwordRef}
                label="Password"
                name="password"
                autoComplete="current-password"
                required
                withAsterisk={false}
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={missing.password}
              />
              <Button type="submit" fullWidth loading={isSigningIn} mt="xs">
                Sign in
              </Button>
            </Stack>
          </form>
        </Paper>
        <Text size="xs" c="dimmed" ta="center">
          On a shared computer, sign out when you are done. Forgot your password? Ask a Bedside
          admin to reset it.
        </Text>
      </Stack>
    </Center>
  );
}
