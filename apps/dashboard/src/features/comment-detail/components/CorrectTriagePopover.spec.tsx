import { ERROR_MESSAGES } from '@bedside/domain';
import { screen, waitFor, within } from '@testing-library/react';

import { buildComment, type FakeComment } from '../../../testing/fake-data';
import { createFakeServer, type FakeServerOptions } from '../../../testing/fake-server';
import { renderApp } from '../../../testing/render-app';

function buildOpenComment(overrides: Partial<FakeComment> = {}): FakeComment {
  return buildComment({
    id: 'open',
    authorName: 'Luis Ortega',
    text: 'Is it normal to feel dizzy after the new medication?',
    urgency: 'CRITICAL',
    sentiment: 'NEGATIVE',
    intents: [{ __typename: 'IntentScore', label: 'EMERGENCY', confidence: 0.71 }],
    triageReasons: [{ __typename: 'TriageReason', label: 'urgency', cues: ['dizzy'] }],
    triageModelVersion: 'rules-1',
    ...overrides,
  });
}

function renderOpen(comment: FakeComment = buildOpenComment(), options: FakeServerOptions = {}) {
  const server = createFakeServer([comment], options);
  const view = renderApp({ server, path: '/inbox/open' });
  return { server, ...view };
}

async function openCorrection(user: ReturnType<typeof renderApp>['user']): Promise<HTMLElement> {
  const triage = await screen.findByRole('region', { name: 'Triage' });
  await user.click(within(triage).getByRole('button', { name: 'Correct labels' }));
  return screen.findByRole('dialog', { name: 'Correct labels' });
}

function row(): HTMLElement {
  return within(screen.getByRole('listbox', { name: 'Comments' })).getByRole('option');
}

describe('correcting triage labels', () => {
  it('opens pre-filled with the current labels, with Save off until something changes', async () => {
    const { user } = renderOpen();

    const dialog = await openCorrection(user);

    const sentiment = within(dialog).getByRole('radiogroup', { name: 'Sentiment' });
    expect(within(sentiment).getByRole('radio', { name: 'Negative' })).toBeChecked();
    const urgency = within(dialog).getByRole('radiogroup', { name: 'Urgency' });
    expect(within(urgency).getByRole('radio', { name: 'Critical' })).toBeChecked();
    const intents = within(dialog).getByRole('group', { name: /^Intents/ });
    expect(within(intents).getAllByRole('checkbox')).toHaveLength(9);
    expect(within(intents).getByRole('checkbox', { name: 'Emergency' })).toBeChecked();
    expect(within(intents).getByRole('checkbox', { name: 'Medical advice' })).not.toBeChecked();
    const save = within(dialog).getByRole('button', { name: 'Save labels' });
    expect(save).toBeDisabled();

    await user.click(within(urgency).getByRole('radio', { name: 'High' }));
    expect(save).toBeEnabled();
    // Back to what it was: nothing to save again.
    await user.click(within(urgency).getByRole('radio', { name: 'Critical' }));
    expect(save).toBeDisabled();
  });

  it('sends only the changed labels and updates the pane and the list row', async () => {
    const { user, server } = renderOpen();
    await waitFor(() => expect(within(row()).getByLabelText('Critical urgency')).toBeVisible());

    const dialog = await openCorrection(user);
    await user.click(within(dialog).getByRole('radio', { name: 'High' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'Medical advice' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save labels' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(server.calls.correctTriage).toEqual([
      { commentId: 'open', urgency: 'HIGH', intents: ['MEDICAL_ADVICE_REQUEST', 'EMERGENCY'] },
    ]);

    const triage = screen.getByRole('region', { name: 'Triage' });
    expect(within(triage).getByLabelText('High urgency, corrected by Morgan Lee')).toBeVisible();
    expect(
      within(triage).getByLabelText('Intent: Medical advice, corrected by Morgan Lee'),
    ).toBeVisible();
    // The sentiment was not touched: still the model's label, without a marker.
    expect(within(triage).getByLabelText('Negative sentiment')).not.toHaveAttribute(
      'data-corrected',
    );
    expect(within(triage).queryByLabelText('Critical urgency')).not.toBeInTheDocument();

    expect(within(row()).getByLabelText('High urgency')).toBeVisible();
    expect(within(row()).getByLabelText('Intent: Medical advice')).toBeVisible();
    expect(within(row()).queryByLabelText('Critical urgency')).not.toBeInTheDocument();

    const note = screen.getByRole('region', { name: 'Label corrections' });
    expect(note).toHaveTextContent('Labels corrected by Morgan Lee · just now');
    await user.click(within(note).getByRole('button', { name: 'Show changes (2)' }));
    const items = within(within(note).getByRole('list', { name: 'Corrections' })).getAllByRole(
      'listitem',
    );
    expect(items.map((item) => item.textContent)).toEqual([
      'IntentsEmergencytoMedical advice, Emergency· Morgan Lee ·just now',
      'UrgencyCriticaltoHigh· Morgan Lee ·just now',
    ]);
  });

  it('pre-fills a second correction from the corrected labels', async () => {
    const { user, server } = renderOpen();

    let dialog = await openCorrection(user);
    await user.click(within(dialog).getByRole('radio', { name: 'Positive' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save labels' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    dialog = await openCorrection(user);
    expect(within(dialog).getByRole('radio', { name: 'Positive' })).toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Emergency' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save labels' }));

    await waitFor(() => expect(server.calls.correctTriage).toHaveLength(2));
    expect(server.calls.correctTriage[0]).toEqual({ commentId: 'open', sentiment: 'POSITIVE' });
    expect(server.calls.correctTriage[1]).toEqual({ commentId: 'open', intents: [] });
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Triage' })).queryByLabelText(/^Intent:/),
      ).not.toBeInTheDocument(),
    );
  });

  it('shows who corrected the labels before, and marks the corrected badges', async () => {
    const comment = buildOpenComment({
      urgency: 'LOW',
      triageCorrections: [
        {
          __typename: 'TriageCorrection',
          id: 'correction-1',
          field: 'urgency',
          previous: ['critical'],
          corrected: ['low'],
          correctedBy: 'Sam Rivera',
          // 2½ minutes before the dashboard's clock (which ticks by the minute).
          correctedAt: new Date(Math.floor(Date.now() / 60_000) * 60_000 - 150_000).toISOString(),
          modelVersion: 'rules-1',
        },
      ],
    });
    const { user } = renderOpen(comment);

    const note = await screen.findByRole('region', { name: 'Label corrections' });
    // Three when the clock ticks a minute mid-spec.
    expect(note).toHaveTextContent(/^Labels corrected by Sam Rivera · [23] minutes ago/);
    const triage = screen.getByRole('region', { name: 'Triage' });
    const urgency = within(triage).getByLabelText('Low urgency, corrected by Sam Rivera');
    expect(within(urgency).getByTestId('corrected-marker')).toBeInTheDocument();

    await user.hover(urgency);
    expect(
      await screen.findByText('Corrected by Sam Rivera, not the triage model'),
    ).toBeInTheDocument();
  });

  it('shows an error inline and keeps the choices when saving fails', async () => {
    const { user, server } = renderOpen(undefined, { failCorrectionsWith: 'NOT_FOUND' });

    const dialog = await openCorrection(user);
    await user.click(within(dialog).getByRole('radio', { name: 'Neutral' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save labels' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      `The labels were not saved: ${ERROR_MESSAGES.NOT_FOUND}`,
    );
    expect(within(dialog).getByRole('radio', { name: 'Neutral' })).toBeChecked();
    expect(server.calls.correctTriage).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Label corrections' })).not.toBeInTheDocument();

    server.state.failCorrectionsWith = null;
    await user.click(within(dialog).getByRole('button', { name: 'Save labels' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('region', { name: 'Label corrections' })).toBeInTheDocument();
  });

  it('opens with the l shortcut, lists it under ?, and Escape cancels without closing the comment', async () => {
    const { user, server } = renderOpen();
    await screen.findByRole('region', { name: 'Triage' });

    await user.keyboard('l');
    const dialog = await screen.findByRole('dialog', { name: 'Correct labels' });
    await user.click(within(dialog).getByRole('radio', { name: 'Low' }));

    await user.keyboard('{Escape}');

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(server.calls.correctTriage).toHaveLength(0);
    expect(screen.getByRole('article', { name: 'Comment by Luis Ortega' })).toBeInTheDocument();

    await user.keyboard('?');
    const help = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByRole('row', { name: /Correct the triage labels/ })).toHaveTextContent(
      'l',
    );
  });
});
