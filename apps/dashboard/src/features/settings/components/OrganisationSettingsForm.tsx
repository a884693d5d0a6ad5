import { useMutation } from '@apollo/client/react';
import {
  Button,
  Fieldset,
  Group,
  SegmentedControl,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';

import { describeError } from '../../../app/apollo-client';
import type { ReplySettingsQuery as ReplySettingsData } from '../../../gql/graphql';
import { ReplySettingsQuery } from '../../replies/graphql/organisation-settings.query';
import { UpdateOrganisationSettingsMutation } from '../graphql/settings';

type Settings = Omit<ReplySettingsData['organisationSettings'], '__typename' | 'aiDraftingEnabled'>;

const FIELDS: {
  group: string;
  fields: { key: keyof Settings; label: string; placeholder: string }[];
}[] = [
  {
    group: 'Patient Relations (complaint replies must carry one of these)',
    fields: [
      { key: 'patientRelationsPhone', label: 'Phone', placeholder: '(555) 010-2000' },
      {
        key: 'patientRelationsEmail',
        label: 'E-mail',
        placeholder: 'patientrelations@hospital.org',
      },
      {
        key: 'patientRelationsUrl',
        label: 'Secure web form',
        placeholder: 'https://hospital.org/feedback',
      },
    ],
  },
  {
    group: 'Phone lines',
    fields: [
      { key: 'nurseLine', label: 'Nurse advice line', placeholder: '(555) 010-3000' },
      { key: 'mainPhone', label: 'Main switchboard', placeholder: '(555) 010-1000' },
      { key: 'billingPhone', label: 'Billing office', placeholder: '(555) 010-4000' },
      { key: 'emergencyNumber', label: 'Emergency number', placeholder: '911' },
      { key: 'crisisLine', label: 'Crisis line', placeholder: '988' },
      { key: 'poisonLine', label: 'Poison Help', placeholder: '1-800-222-1222' },
    ],
  },
  {
    group: 'Web pages for service questions',
    fields: [
      { key: 'visitorUrl', label: 'Visiting hours', placeholder: 'https://hospital.org/visitors' },
      {
        key: 'parkingUrl',
        label: 'Parking and directions',
        placeholder: 'https://hospital.org/parking',
      },
      { key: 'recordsUrl', label: 'Medical records', placeholder: 'https://hospital.org/records' },
    ],
  },
];

export interface OrganisationSettingsFormProps {
  initial: Settings;
}

/**
 * The contacts and tokens every reply is built from (the checker allows no other phone number,
 * e-mail or link), the sign-off, and which replies need a reviewer.
 */
export function OrganisationSettingsForm({ initial }: OrganisationSettingsFormProps) {
  const [values, setValues] = useState<Settings>(initial);
  const [saved, setSaved] = useState(false);
  const [update, { loading, error, reset }] = useMutation(UpdateOrganisationSettingsMutation, {
    refetchQueries: [ReplySettingsQuery],
  });
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
    setSaved(false);
    reset();
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    try {
      const { __typename: _type, ...input } = values as Settings & { __typename?: string };
      await update({ variables: { input } });
      setSaved(true);
    } catch {
      // Shown from `error`.
    }
  }

  return (
    <form onSubmit={(event) => void onSubmit(event)} noValidate aria-label="Organisation settings">
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Hospital name"
            required
            value={values.hospitalName}
            onChange={(event) => set('hospitalName', event.currentTarget.value)}
          />
          <TextInput
            label="Sign-off"
            description="Added to drafts when it fits, e.g. “– The Riverbend team”."
            value={values.signOff}
            onChange={(event) => set('signOff', event.currentTarget.value)}
          />
        </SimpleGrid>
        {FIELDS.map(({ group, fields }) => (
          <Fieldset key={group} legend={group} variant="filled">
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {fields.map((field) => (
                <TextInput
                  key={field.key}
                  label={field.label}
                  placeholder={field.placeholder}
                  value={values[field.key] as string}
                  onChange={(event) => set(field.key, event.currentTarget.value)}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
        ))}
        <TagsInput
          label="Trusted domains"
          description="Links in replies may only point to these (and their subdomains). Press Enter after each."
          value={values.trustedDomains}
          onChange={(domains) => set('trustedDomains', domains)}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="approval-policy-label">
            Which replies need a reviewer
          </Text>
          <SegmentedControl
            aria-labelledby="approval-policy-label"
            value={values.approvalPolicy}
            onChange={(value) => set('approvalPolicy', value)}
            data={[
              { value: 'ALL', label: 'Every reply' },
              { value: 'FLAGGED', label: 'Flagged replies' },
              { value: 'NONE', label: 'None' },
            ]}
            w="fit-content"
          />
          <Text size="xs" c="dimmed">
            Flagged: replies with checker warnings, and replies to critical or high-urgency comments
            or to comments holding PHI. A reply that fails the checker can never be sent.
          </Text>
        </Stack>
        <Group gap="sm">
          <Button type="submit" loading={loading}>
            Save settings
          </Button>
          {saved ? (
            <Text size="sm" c="teal.8" role="status">
              Saved. New drafts and checks use these values.
            </Text>
          ) : null}
          {error ? (
            <Text size="sm" c="red" role="alert">
              Not saved: {describeError(error).message}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
