import type { Locator } from 'playwright-core';

import { e2eAccount } from './support/session';
import { useSignedInInbox } from './support/signed-in-inbox';

const URGENCY_NAMES = ['Critical', 'High', 'Normal', 'Low'] as const;

/**
 * A team member corrects the triage labels of a sample comment in the detail pane: the pane and
 * the list row change at once, the correction is credited to them, and it is still there after a
 * reload (the server stored it).
 */
describe('correcting triage labels in a browser', () => {
  const session = useSignedInInbox();

  it('corrects the urgency and an intent, shows who did it, and keeps it after a reload', async () => {
    const { displayName } = e2eAccount();
    await session.inbox.open();
    const row = session.inbox.rows.first();
    const commentId = await row.getAttribute('data-comment-id');
    await row.click();
    await session.inbox.openComment().waitFor();
    const triage = session.inbox.page.getByRole('region', { name: 'Triage' });

    await triage.getByRole('button', { name: 'Correct labels' }).click();
    const dialog = session.inbox.page.getByRole('dialog', { name: 'Correct labels' });
    await dialog.waitFor();
    const urgencyGroup = dialog.getByRole('radiogroup', { name: 'Urgency' });
    const current = await labelOf(urgencyGroup.getByRole('radio', { checked: true }));
    const urgency = current === 'Low' ? 'High' : 'Low';
    const intentsGroup = dialog.getByRole('group', { name: /^Intents/ });
    const intent = await firstUncheckedLabel(intentsGroup);
    await expect(dialog.getByRole('button', { name: 'Save labels' }).isDisabled()).resolves.toBe(
      true,
    );

    // The inputs are visually hidden behind their labels, as a person clicks them.
    await urgencyGroup.getByText(urgency, { exact: true }).click();
    await intentsGroup.getByText(intent, { exact: true }).click();
    await dialog.getByRole('button', { name: 'Save labels' }).click();
    await dialog.waitFor({ state: 'detached' });

    const correctedUrgency = triage.getByLabel(`${urgency} urgency, corrected by ${displayName}`);
    await correctedUrgency.waitFor();
    await triage.getByLabel(`Intent: ${intent}, corrected by ${displayName}`).waitFor();
    const listRow = session.inbox.list.locator(`[data-comment-id="${commentId}"]`);
    await listRow.getByLabel(`${urgency} urgency`, { exact: true }).waitFor();
    // One urgency badge in the row: the corrected one replaced the model's.
    await expect(listRow.getByLabel(/ urgency$/).count()).resolves.toBe(1);
    const note = session.inbox.page.getByRole('region', { name: 'Label corrections' });
    await expect(note.textContent()).resolves.toContain(`Labels corrected by ${displayName}`);

    await session.inbox.page.reload();
    await session.inbox.openComment().waitFor();
    await correctedUrgency.waitFor();
    await triage.getByLabel(`Intent: ${intent}, corrected by ${displayName}`).waitFor();
    await expect(note.textContent()).resolves.toContain(`Labels corrected by ${displayName}`);
    await listRow.getByLabel(`${urgency} urgency`, { exact: true }).waitFor();
  });
});

/** The visible label of the checked radio of a segmented control; null when none is checked. */
async function labelOf(radio: Locator): Promise<(typeof URGENCY_NAMES)[number] | null> {
  if ((await radio.count()) === 0) {
    return null;
  }
  const text = await labelText(radio);
  return URGENCY_NAMES.find((name) => name === text) ?? null;
}

/** The label of the first intent chip the comment does not have yet. */
async function firstUncheckedLabel(group: Locator): Promise<string> {
  for (const checkbox of await group.getByRole('checkbox').all()) {
    if (!(await checkbox.isChecked())) {
      return labelText(checkbox);
    }
  }
  throw new Error('The comment already has every intent.');
}

async function labelText(input: Locator): Promise<string> {
  const id = await input.getAttribute('id');
  const label = id ? await input.page().locator(`label[for="${id}"]`).textContent() : null;
  return (label ?? '').trim();
}
